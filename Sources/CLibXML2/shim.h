#ifndef THEMATIC_CLIBXML2_SHIM_H
#define THEMATIC_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and encoding.h then includes ICU's headers, which clash with the ICU copy inside
   Foundation. Thematic never touches the encoding handler structs that need them, so hide ICU from the headers. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// `xmlFree` is a global function pointer; Swift 6 refuses to touch it directly
/// ("not concurrency-safe"), so callers go through this function instead.
static inline void thematic_xml_free(void *pointer) {
    xmlFree(pointer);
}

/// Never let the parser open a file or a URL it was pointed to from inside a document.
static xmlParserInputPtr thematic_deny_external_entity(const char *url, const char *id, xmlParserCtxtPtr context) {
    (void)url; (void)id; (void)context;
    return NULL;
}

/// Installs the deny-all external entity loader for the whole process.
static inline void thematic_install_entity_guard(void) {
    xmlSetExternalEntityLoader(thematic_deny_external_entity);
}

/// libxml2 prints some internal notices ("Unimplemented block …") through the generic error channel even when a
/// structured handler is installed; they carry nothing a user can act on, so the calling thread drops them.
static void thematic_discard_generic_error(void *context, const char *message, ...) {
    (void)context; (void)message;
}

/// Routes the calling thread's libxml2 errors to `handler` (NULL restores the defaults).
static inline void thematic_set_thread_error_handler(void *context, xmlStructuredErrorFunc handler) {
    xmlSetStructuredErrorFunc(context, handler);
    xmlSetGenericErrorFunc(NULL, handler == NULL ? NULL : thematic_discard_generic_error);
}

#endif
