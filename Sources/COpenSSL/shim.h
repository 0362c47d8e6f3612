#ifndef THEMATIC_COPENSSL_SHIM_H
#define THEMATIC_COPENSSL_SHIM_H
// libcrypto (Debian libssl-dev): SHA-256 and SHA-1 through the EVP digest interface, AES-256-GCM and scrypt.
// Only interfaces OpenSSL 3 does not deprecate, so the build stays free of warnings.
#include <openssl/evp.h>
#include <openssl/kdf.h>
#endif
