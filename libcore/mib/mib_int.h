/* mib_int.h - internals of the MIB engine, shared by its .c files only.
 *
 * Loading has two phases.  Parsing (lex.c, parse.c, syntax.c) turns each
 * module into definitions whose OID values and syntaxes are still names;
 * resolve.c then links every definition into the tree (tree.c) once all
 * modules are read, so forward references and import cycles just work.
 * All memory except the tree's child arrays lives in one arena. */
#ifndef SK_MIB_INT_H
#define SK_MIB_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mib/mib.h"

#define MIB_MAXTOKEN 128     /* Net-SNMP's MAXTOKEN: longest name + 1 */
#define MIB_MAXSTRING 65536  /* longest quoted string kept */
#define MIB_MAXDEPTH 32      /* nesting of types, braces, imports */
#define MIB_MAXLIST 4096     /* enums, ranges, index parts per clause */
#define MIB_MAXOID 128       /* SK_OID_MAX: no node deeper than this */
#define MIB_MAXFILE (64u * 1024u * 1024u)
#define MIB_LBL_BUCKETS 16384u /* label hash; a power of two */

/* ---- arena and interned strings (lex.c) ---- */
struct mib_chunk;
struct mib_arena { struct mib_chunk *head; size_t used, size; };
void *mib_alloc(struct mib_arena *a, size_t n); /* zeroed; NULL: no mem */
void mib_arena_free(struct mib_arena *a);

struct mib_istr {             /* an interned string; s is what we hand out */
    struct mib_istr *next;
    uint32_t hash;
    uint16_t len;
    uint8_t kw;               /* enum mib_kw for keywords, else 0 */
    char s[];
};
struct mib_strtab { struct mib_istr **b; size_t nb, count; };
const char *mib_intern(struct sk_mib *mib, const char *s, size_t n);
const char *mib_intern_find(const struct sk_mib *mib, const char *s);
uint32_t mib_str_hash(const char *s); /* of an interned string */
int mib_str_kw(const char *s);        /* of an interned string */
int mib_keywords_init(struct sk_mib *mib);

enum mib_kw {
    KW_NONE, KW_DEFINITIONS, KW_BEGIN, KW_END, KW_IMPORTS, KW_EXPORTS,
    KW_FROM, KW_MACRO, KW_OBJECT, KW_IDENTIFIER, KW_OBJECT_TYPE,
    KW_OBJECT_IDENTITY, KW_MODULE_IDENTITY, KW_NOTIFICATION_TYPE,
    KW_TRAP_TYPE, KW_TEXTUAL_CONVENTION, KW_OBJECT_GROUP,
    KW_NOTIFICATION_GROUP, KW_MODULE_COMPLIANCE, KW_AGENT_CAPABILITIES,
    KW_SYNTAX, KW_MAX_ACCESS, KW_ACCESS, KW_MIN_ACCESS, KW_STATUS,
    KW_DESCRIPTION, KW_REFERENCE, KW_INDEX, KW_IMPLIED, KW_AUGMENTS,
    KW_DEFVAL, KW_UNITS, KW_DISPLAY_HINT, KW_OBJECTS, KW_NOTIFICATIONS,
    KW_ENTERPRISE, KW_VARIABLES, KW_LAST_UPDATED, KW_ORGANIZATION,
    KW_CONTACT_INFO, KW_REVISION, KW_INTEGER, KW_INTEGER32, KW_UNSIGNED32,
    KW_COUNTER, KW_COUNTER32, KW_GAUGE, KW_GAUGE32, KW_TIMETICKS,
    KW_COUNTER64, KW_IPADDRESS, KW_NETWORKADDRESS, KW_OPAQUE,
    KW_NSAPADDRESS, KW_UINTEGER32, KW_OCTET, KW_STRING, KW_BITS, KW_NULL,
    KW_SEQUENCE, KW_OF, KW_CHOICE, KW_SIZE, KW_APPLICATION, KW_IMPLICIT,
    KW_UNIVERSAL, KW_MIN, KW_MAX, KW_COUNT
};

/* ---- lexer (lex.c) ---- */
enum mib_tok {
    T_EOF, T_LABEL, T_NUMBER, T_STRING, T_HEX, T_BIN, T_ASSIGN, T_LBRACE,
    T_RBRACE, T_LPAREN, T_RPAREN, T_LBRACKET, T_RBRACKET, T_COMMA, T_SEMI,
    T_DOTDOT, T_BAR, T_DOT, T_BAD
};

struct mib_token {
    enum mib_tok type;
    int kw;             /* T_LABEL: enum mib_kw */
    const char *name;   /* T_LABEL: interned */
    const char *p;      /* raw text (strings: inside the quotes) */
    size_t len;
    uint64_t num;       /* T_NUMBER magnitude */
    bool neg, overflow; /* T_NUMBER: leading '-', does not fit 64 bits */
    int line;
};

struct mib_lexer {
    struct sk_mib *mib;
    const char *file;   /* interned path for messages */
    const char *p, *end;
    int line;
    bool comment_eol, underscore, quiet;
    struct mib_token tok, peeked;
    bool have_peek;
};

void mib_lex_init(struct mib_lexer *lx, struct sk_mib *mib, const char *file,
                  const char *text, size_t len);
const struct mib_token *mib_next(struct mib_lexer *lx);
const struct mib_token *mib_peek(struct mib_lexer *lx);
/* Token text as Net-SNMP quotes it in errors ("EOF" at the end). */
void mib_tok_text(const struct mib_token *t, char *out, size_t outlen);

/* ---- parsed definitions (parse.c, syntax.c) ---- */
struct mib_module;

struct mib_arcv { const char *label; uint32_t num; bool has_num; };

struct mib_syn {              /* a syntax as written */
    enum sk_mib_type type;    /* OTHER when named */
    const char *name;         /* named type (TC or assignment), or NULL */
    struct sk_mib_enum *enums;
    size_t n_enums;
    struct sk_mib_range *ranges;
    size_t n_ranges;
    bool given;               /* a SYNTAX was parsed into this */
    bool tagged, choice;      /* [APPLICATION n] ..., CHOICE { } */
};

struct mib_def {
    const char *label;
    struct mib_module *mod;
    int line;
    enum sk_mib_kind kind;
    struct mib_arcv *val;     /* the OID value { parent a b(2) c } */
    size_t n_val;
    struct mib_syn syn;
    enum sk_mib_access access;
    enum sk_mib_status status;
    const char *units, *defval, *augments, *descr, *ref;
    struct sk_mib_index *index;
    size_t n_index;
    const char **objects;
    size_t n_objects;
    struct mib_def *next;     /* in the module */
    struct mib_def *hnext;    /* in the symbol hash */
    struct sk_mib_node *node; /* after linking */
    int state;                /* 0 new, 1 linking, 2 linked, 3 failed */
    bool orphan_reported;     /* "Cannot adopt OID" said once */
    uint32_t ordinal;         /* place in the module, from 0 */
    uint32_t anon_base;       /* Net-SNMP's anonymous#N for its 1st arc */
};

struct mib_type {             /* a type assignment or TEXTUAL-CONVENTION */
    const char *name;
    struct mib_module *mod;
    struct mib_syn syn;
    const char *hint;
    bool sequence;            /* SEQUENCE { ... }: a table row type */
    struct mib_type *next, *hnext;
    int busy;
};

struct mib_import {
    const char *label, *from;
    bool replaced;  /* FROM named a module that a replacement stood in for */
};

enum mib_mod_state { MOD_NEW, MOD_LOADING, MOD_LOADED, MOD_FAILED };

struct mib_module {
    const char *name, *file;
    enum mib_mod_state state;
    struct mib_import *imports;
    size_t n_imports;
    struct mib_def *defs, **defs_tail;
    struct mib_type *types, **types_tail;
    const char **macros;
    size_t n_macros;
    struct mib_module *next;
    struct mib_module *done_next; /* in the order modules finished */
    uint32_t rank;            /* place in that order */
    uint32_t n_defs;
    bool anon_done;           /* its defs' anon_base are set */
};

/* ---- the whole MIB ---- */
struct mib_tnode {            /* a tree node: public part first */
    struct sk_mib_node n;
    struct sk_mib_node **kids;
    size_t cap;
    const struct mib_def *def;
    struct mib_tnode *all;    /* list of every node, for freeing */
    uint32_t depth;           /* arcs from the root, at most MIB_MAXOID */
    /* Where Net-SNMP's parser would have put the node among its
     * siblings: modules append their children in link order, each
     * module's in reverse order of definition.  Set when created. */
    uint32_t rank, pos;
    /* An arc no module names is "anonymous#N" in Net-SNMP's reports,
     * defined by the module that made it. */
    bool has_anon;
    uint32_t anon;
    const char *anon_module;
};

struct mib_lbl {              /* one label, module and node binding */
    const char *label, *module;
    struct mib_tnode *node;
    struct mib_lbl *next;
};

struct mib_dirent { const char *module, *path; };

struct sk_mib {
    struct mib_arena arena;
    struct mib_strtab strs;
    unsigned flags;
    struct mib_tnode *roots[3];
    struct mib_tnode *all;
    struct mib_lbl **lbl;     /* label -> nodes */
    size_t n_lbl_b;
    struct mib_def **defh;    /* label -> definitions */
    struct mib_type **typeh;  /* name -> types */
    size_t n_sym_b;
    struct mib_module *mods, **mods_tail;
    /* Modules in the order they finished loading (imports first), the
     * order Net-SNMP links them in, which decides who owns a node that
     * several modules define. */
    struct mib_module *done, **done_tail;
    uint32_t n_done;
    uint32_t n_anon;          /* Net-SNMP's anonymous node counter */
    char **diags;
    size_t n_diags, cap_diags;
    bool path_reported, oom, too_deep;
    char *dirs;               /* search path, as given */
    struct mib_dirent *index; /* open hash: module name -> file, lazy */
    size_t n_index_b, n_index;
    const char **order;       /* modules in directory order, for ALL */
    size_t n_order;
    bool indexed;
    const char *last_missing; /* module last reported missing */
    const char *last_file;    /* for "At line N in (none)" */
    int last_line;
    int depth;                /* nested module loads */
    /* Read from the compiled cache (cache.c): the tree, bindings,
     * module states and diagnostics are there, but no definitions, so
     * loading more modules first parses the configuration again. */
    bool cached;
    char *cfg_modules, *cfg_files;
    void *block;              /* a cached MIB's memory, mapped */
    size_t block_len;
};

/* Diagnostics (path.c). */
void mib_diag(struct sk_mib *mib, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* "MSG (TOK): At line N in FILE" as Net-SNMP's print_error. */
void mib_error(struct mib_lexer *lx, const char *msg,
               const struct mib_token *t);

/* Modules (path.c). */
struct mib_module *mib_module_find(struct sk_mib *mib, const char *name);
/* Load module NAME (or Net-SNMP's replacement for it when it is missing,
 * chosen by the first imported LABEL), reporting "Cannot find module"
 * at LINE of FROM_FILE.  NULL when neither is found. */
struct mib_module *mib_module_get(struct sk_mib *mib, const char *name,
                                  const char *label, int line,
                                  const char *from_file);
struct mib_module *mib_module_new(struct sk_mib *mib, const char *name);

/* Replace a cached MIB's contents by a full parse of the same
 * configuration (cache.c); 0 at once for a parsed one. */
int mib_uncache(struct sk_mib *mib);

/* Parser (parse.c). */
void mib_parse_file(struct sk_mib *mib, const char *path, const char *text,
                    size_t len);

/* Syntax parts (syntax.c). */
int mib_parse_syntax(struct mib_lexer *lx, struct mib_syn *syn,
                     bool *sequence, int depth);
int mib_parse_index(struct mib_lexer *lx, struct mib_def *d);
int mib_parse_defval(struct mib_lexer *lx, struct mib_def *d);
int mib_parse_namelist(struct mib_lexer *lx, const char ***out, size_t *n);
/* Skip a balanced { ... }; OPENED: the '{' was the last token read. */
int mib_skip_braces(struct mib_lexer *lx, bool opened);

/* Symbols and linking (resolve.c). */
bool mib_module_has_symbol(const struct mib_module *m, const char *label);
void mib_register_module(struct sk_mib *mib, struct mib_module *m);
void mib_check_unlinked(struct sk_mib *mib, struct mib_module *m);
void mib_link_all(struct sk_mib *mib);
struct mib_def *mib_def_lookup(struct sk_mib *mib, struct mib_module *m,
                               const char *label);

/* Tree (tree.c). */
int mib_tree_init(struct sk_mib *mib);
struct mib_tnode *mib_tree_child(struct sk_mib *mib, struct mib_tnode *p,
                                 uint32_t arc, bool create);
int mib_label_add(struct sk_mib *mib, const char *label, const char *module,
                  struct mib_tnode *node);
void mib_tree_free(struct sk_mib *mib);

#endif
