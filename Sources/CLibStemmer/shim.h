// Snowball stemmers from Debian's libstemmer-dev (no pkg-config file; the header lives in /usr/include).
#include <libstemmer.h>
