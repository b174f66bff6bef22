/* cache.h - the compiled MIB cache, internal to the MIB engine.
 *
 * A cache file holds everything a consumer can observe of a loaded MIB
 * (the tree, label bindings, module states, textual-convention order,
 * diagnostics) in a compact image that cache_read.c turns back into a
 * struct sk_mib with a handful of allocations.  cache.c decides when an
 * image may be used: it is keyed on the load configuration and on a
 * manifest of every file the load could have read. */
#ifndef SK_MIB_CACHE_H
#define SK_MIB_CACHE_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "mib/mib_int.h"

#define MIBC_MAGIC "SKMIBC\r\n"
#define MIBC_VERSION 1u
#define MIBC_MAX (256u * 1024u * 1024u) /* larger files are not ours */
#define MIBC_NONE 0xffffffffu           /* "no node" / "no string" */
#define MIBC_FRESH_NS 100000000         /* see too_fresh() in cache.c */
#define MIBC_TOUCH_S (24 * 3600)        /* a used file's mtime: this fresh */
#define MIBC_KEEP_S (30 * 24 * 3600)    /* unused this long: removed */

/* The fixed header; the checksum covers every byte after it. */
struct mibc_header {
    char magic[8];
    uint32_t version;
    uint32_t build;       /* mibc_build_id() of the writer */
    uint64_t total;       /* file length, header included */
    uint64_t checksum;    /* mibc_checksum() of bytes [sizeof hdr, total) */
    uint32_t key_len;     /* then KEY, MANIFEST, BODY, each 8-aligned */
    uint32_t manifest_len;
    uint64_t body_len;
};

/* The body starts with these counts, which size the reader's block. */
enum {
    MIBC_C_NODES, MIBC_C_ENUMS, MIBC_C_RANGES, MIBC_C_INDEX,
    MIBC_C_OBJECTS, MIBC_C_BINDINGS, MIBC_C_MODS, MIBC_C_TYPES,
    MIBC_NCOUNTS
};

uint32_t mibc_build_id(void);
uint64_t mibc_checksum(const unsigned char *p, size_t n);

/* Append MIB's observable state to OUT as 32-bit words.  -1 when out of
 * memory or the MIB is too large to describe. */
int mibc_encode(const struct sk_mib *mib, struct sk_buf *out);
/* A MIB from the words of BODY (N of them), or NULL when they are not a
 * well-formed image (every count and index is checked).  CFG gives the
 * flags and search path, which the image does not repeat. */
struct sk_mib *mibc_decode(const uint32_t *body, size_t n,
                           const struct sk_mib_cfg *cfg);

#endif
