/* mib.h - the MIB engine: SMIv1/SMIv2 modules parsed into one OID tree.
 * sk_mib_load reads the modules a configuration names and links them;
 * problems become diagnostics in Net-SNMP's wording that the caller may
 * print (libcore never prints).  Nodes and strings are owned by the
 * struct sk_mib and stay valid, read-only, until sk_mib_free. */
#ifndef SK_MIB_MIB_H
#define SK_MIB_MIB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/err.h"

#define SK_MIB_DESCRIPTIONS 0x01u /* keep DESCRIPTION/REFERENCE (-Pd) */
#define SK_MIB_COMMENT_EOL  0x02u /* "--" runs to end of line (-Pc) */
#define SK_MIB_UNDERSCORE   0x04u /* allow '_' in names (-Pu) */
#define SK_MIB_REPLACE      0x08u /* latest duplicate definition wins (-PR) */
struct sk_mib_cfg {
    const char *dirs;    /* ':'-separated search path, later dirs win */
    const char *modules; /* ':'-separated modules; "ALL" = every file;
                            an entry with '/' is a file path */
    const char *files;   /* ':'-separated MIB files (mibfile, MIBFILES) */
    unsigned flags;      /* SK_MIB_* */
};

enum sk_mib_kind {
    SK_MIB_KIND_NODE,         /* OBJECT IDENTIFIER value or implied arc */
    SK_MIB_KIND_OBJECT,       /* OBJECT-TYPE */
    SK_MIB_KIND_IDENTITY,     /* OBJECT-IDENTITY */
    SK_MIB_KIND_MODULE,       /* MODULE-IDENTITY */
    SK_MIB_KIND_NOTIFICATION, /* NOTIFICATION-TYPE */
    SK_MIB_KIND_TRAP,         /* TRAP-TYPE (SMIv1) */
    SK_MIB_KIND_GROUP,        /* OBJECT-GROUP */
    SK_MIB_KIND_NOTIF_GROUP,  /* NOTIFICATION-GROUP */
    SK_MIB_KIND_COMPLIANCE,   /* MODULE-COMPLIANCE */
    SK_MIB_KIND_CAPABILITIES  /* AGENT-CAPABILITIES */
};
/* Base types, numbered as Net-SNMP's TYPE_* (parse.h). */
enum sk_mib_type {
    SK_MIB_TYPE_OTHER = 0, SK_MIB_TYPE_OBJID = 1, SK_MIB_TYPE_OCTETSTR = 2,
    SK_MIB_TYPE_INTEGER = 3, SK_MIB_TYPE_NETADDR = 4, SK_MIB_TYPE_IPADDR = 5,
    SK_MIB_TYPE_COUNTER = 6, SK_MIB_TYPE_GAUGE = 7, SK_MIB_TYPE_TIMETICKS = 8,
    SK_MIB_TYPE_OPAQUE = 9, SK_MIB_TYPE_NULL = 10, SK_MIB_TYPE_COUNTER64 = 11,
    SK_MIB_TYPE_BITS = 12, SK_MIB_TYPE_NSAPADDRESS = 13,
    SK_MIB_TYPE_UINTEGER = 14, SK_MIB_TYPE_UNSIGNED32 = 15,
    SK_MIB_TYPE_INTEGER32 = 16,
    SK_MIB_TYPE_TABLE = 40,   /* SEQUENCE OF Entry */
    SK_MIB_TYPE_ENTRY = 41    /* a SEQUENCE type (a table's row) */
};

enum sk_mib_access {
    SK_MIB_ACCESS_NONE, SK_MIB_ACCESS_NOACCESS, SK_MIB_ACCESS_NOTIFY,
    SK_MIB_ACCESS_READONLY, SK_MIB_ACCESS_READWRITE,
    SK_MIB_ACCESS_READCREATE, SK_MIB_ACCESS_WRITEONLY
};
enum sk_mib_status {
    SK_MIB_STATUS_NONE, SK_MIB_STATUS_CURRENT, SK_MIB_STATUS_DEPRECATED,
    SK_MIB_STATUS_OBSOLETE, SK_MIB_STATUS_MANDATORY, SK_MIB_STATUS_OPTIONAL
};
struct sk_mib_enum { int64_t value; const char *label; }; /* also BITS */
struct sk_mib_range { int64_t low, high; };  /* SIZE for string types */
struct sk_mib_index { const char *label; bool implied; };

struct sk_mib_syntax {
    enum sk_mib_type type;   /* resolved through textual conventions */
    const char *tc;          /* type name used (TC or assignment), or NULL */
    const char *tc_module;   /* module defining tc */
    const char *hint;        /* DISPLAY-HINT, or NULL */
    const struct sk_mib_enum *enums;   size_t n_enums;
    const struct sk_mib_range *ranges; size_t n_ranges;
};
struct sk_mib_node {
    uint32_t arc;
    const char *label;                 /* NULL: an arc no module named */
    const char *module;                /* NULL for the built-in roots */
    const struct sk_mib_node *parent;  /* NULL for ccitt, iso, joint-... */
    const struct sk_mib_node *const *children; size_t n_children; /* by arc */
    enum sk_mib_kind kind;
    struct sk_mib_syntax syntax;       /* OBJECT-TYPE only */
    enum sk_mib_access access;
    enum sk_mib_status status;
    const char *units, *augments;      /* or NULL */
    const char *defval; /* or NULL; as Net-SNMP keeps it: tokens joined by
                           spaces, \"strings\", 'hex'H in decimal */
    const struct sk_mib_index *index;  size_t n_index;
    const char *const *objects;        /* OBJECTS/VARIABLES/NOTIFICATIONS */
    size_t n_objects;
    const char *description, *reference; /* only with SK_MIB_DESCRIPTIONS */
};

struct sk_mib;
/* Load the modules CFG names and link them into one tree.  NULL only when
 * out of memory; broken modules just add diagnostics. Free with
 * sk_mib_free. */
struct sk_mib *sk_mib_load(const struct sk_mib_cfg *cfg, struct sk_error *err);
/* sk_mib_load through the compiled cache in directory CACHE_DIR (made,
 * mode 0700, when missing; NULL or "": no cache).  The result and its
 * diagnostics are the same either way: a cache that is stale, corrupt,
 * unreadable or unwritable silently means a full parse (cache.c). */
struct sk_mib *sk_mib_load_cached(const struct sk_mib_cfg *cfg,
                                  const char *cache_dir,
                                  struct sk_error *err);
/* Release everything the MIB owns (NULL-safe); its nodes become invalid. */
void sk_mib_free(struct sk_mib *mib);

/* Diagnostics in load order, one line each without newline, in
 * Net-SNMP's words ("Cannot find module (X): At line N in F").  Borrowed. */
size_t sk_mib_diag_count(const struct sk_mib *mib);
const char *sk_mib_diag(const struct sk_mib *mib, size_t i);

/* The root with ARC (0 ccitt, 1 iso, 2 joint-iso-ccitt) or NULL. */
const struct sk_mib_node *sk_mib_root(const struct sk_mib *mib, uint32_t arc);
/* PARENT's child with ARC (PARENT NULL: a root), or NULL; O(log n). */
const struct sk_mib_node *sk_mib_child(const struct sk_mib *mib,
                                       const struct sk_mib_node *parent,
                                       uint32_t arc);
/* PARENT's child labelled LABEL (PARENT NULL: a root), or NULL. */
const struct sk_mib_node *sk_mib_child_label(const struct sk_mib *mib,
                                             const struct sk_mib_node *parent,
                                             const char *label);
/* The deepest node on the path ARCS[0..N); *MATCHED = arcs it covers (0
 * and NULL when not even the root is known). */
const struct sk_mib_node *sk_mib_find_oid(const struct sk_mib *mib,
                                          const uint32_t *arcs, size_t n,
                                          size_t *matched);
/* A node labelled LABEL anywhere in the tree (-IR), or NULL.  With
 * several, the first module loaded wins. */
const struct sk_mib_node *sk_mib_find_label(const struct sk_mib *mib,
                                            const char *label);
/* The node MODULE::LABEL, or NULL (module unknown or lacking LABEL). */
const struct sk_mib_node *sk_mib_find_module_label(const struct sk_mib *mib,
                                                   const char *module,
                                                   const char *label);

/* ---- text to OID (oid_text.c) ---- */
#define SK_OIDTEXT_RANDOM  0x01u /* -IR: first label anywhere (get_node) */
#define SK_OIDTEXT_BEST    0x02u /* -Ib: regex best match, index dropped */
#define SK_OIDTEXT_UCD     0x04u /* -Iu: relative paths start at mib-2 */
#define SK_OIDTEXT_NOCHECK 0x08u /* -Ir: no index range/size checks */
#define SK_OIDTEXT_NOHINT  0x10u /* -Ih: accepted, not used yet */
#define SK_OIDTEXT_PATH    0x20u /* snmptranslate: no fallbacks */
/* The SK_OIDTEXT_* flags of -I LETTERS (R b u r h; others ignored). */
unsigned sk_mib_oid_flags(const char *letters);
/* TEXT to arcs as Net-SNMP's snmp_parse_oid (MIB NULL: no MIBs loaded):
 * ARCS has room for *N, *N becomes the length.  -1 with
 * SK_ERR_UNKNOWN_OID and Net-SNMP's detail ("Sub-id not found: (top) ->
 * foo"), SK_ERR_SILENT for a failed -Ib, or SK_ERR_NOMEM.  On success
 * ERR's code is SK_ERR_OK and its detail what a failed first step left
 * (Net-SNMP shows it with the next error it prints). */
int sk_mib_parse_oid(const struct sk_mib *mib, const char *text,
                     unsigned flags, uint32_t *arcs, size_t *n,
                     struct sk_error *err);

#include "mib/mib_info.h" /* node and tree queries */

#endif
