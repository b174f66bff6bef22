/* parse.c - module structure, IMPORTS and the SMI macros (RFC 1155,
 * RFC 1212, RFC 1215, RFC 2578 §3-8, RFC 2579 §3, RFC 2580 §4-6).
 *
 * Like Net-SNMP's parse(), the first syntax error abandons the module:
 * none of its definitions are kept, and the other modules are unaffected.
 * Definitions keep their OID values and types as names; resolve.c links
 * them once every module is read. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "mib/mib_int.h"

struct pstate {
    struct mib_lexer lx;
    struct sk_mib *mib;
    struct mib_module *mod;
};

static const char *const kind_names[] = {
    "OBJECT IDENTIFIER", "OBJECT-TYPE", "OBJECT-IDENTITY", "MODULE-IDENTITY",
    "NOTIFICATION-TYPE", "TRAP-TYPE", "OBJECT-GROUP", "NOTIFICATION-GROUP",
    "MODULE-COMPLIANCE", "AGENT-CAPABILITIES"
};

static int expect(struct pstate *ps, enum mib_tok type, const char *msg)
{
    const struct mib_token *t = mib_next(&ps->lx);

    if (t->type == type)
        return 0;
    mib_error(&ps->lx, msg, t);
    return -1;
}

/* "{ parent a(1) 2 }": the elements of an OID value. */
static int parse_oid_value(struct pstate *ps, struct mib_def *d)
{
    struct mib_arcv v[MIB_MAXTOKEN];
    size_t n = 0;
    const struct mib_token *t;

    if (expect(ps, T_LBRACE, "Expected \"{\"") < 0)
        return -1;
    for (t = mib_next(&ps->lx); t->type != T_RBRACE; t = mib_next(&ps->lx)) {
        struct mib_arcv a = { NULL, 0, false };

        if (n == MIB_MAXTOKEN) {
            mib_error(&ps->lx, "Too many sub-identifiers", t);
            return -1;
        }
        if (t->type == T_LABEL) {
            a.label = t->name;
            if (mib_peek(&ps->lx)->type == T_LPAREN) {
                (void)mib_next(&ps->lx);
                t = mib_next(&ps->lx);
                if (t->type != T_NUMBER)
                    return -1;
                a.has_num = true;
                a.num = (uint32_t)t->num;
                if (t->neg || t->overflow || t->num > UINT32_MAX ||
                    expect(ps, T_RPAREN, "Expected \")\"") < 0)
                    return -1;
            }
        } else if (t->type == T_NUMBER) {
            if (t->neg)
                return -1;
            if (t->overflow || t->num > UINT32_MAX) {
                mib_error(&ps->lx, "Sub-identifier too large", t);
                return -1;
            }
            a.has_num = true;
            a.num = (uint32_t)t->num;
        } else {
            mib_error(&ps->lx, "Expected label or number", t);
            mib_error(&ps->lx, "Bad object identifier", NULL);
            return -1;
        }
        v[n++] = a;
    }
    if (n == 0 || (n == 1 && v[0].label == NULL)) {
        mib_error(&ps->lx, "Bad object identifier", NULL);
        return -1;
    }
    d->val = mib_alloc(&ps->mib->arena, n * sizeof *v);
    if (d->val == NULL)
        return -1;
    memcpy(d->val, v, n * sizeof *v);
    d->n_val = n;
    return 0;
}

static const char *string_arg(struct pstate *ps, const char *what, bool keep)
{
    const struct mib_token *t = mib_next(&ps->lx);
    char msg[40];

    if (t->type != T_STRING) {
        snprintf(msg, sizeof msg, "Bad %s", what);
        mib_error(&ps->lx, msg, t);
        return NULL;
    }
    if (!keep)
        return "";
    return mib_intern(ps->mib, t->p,
                      t->len < MIB_MAXSTRING ? t->len : MIB_MAXSTRING);
}

static int parse_access(struct pstate *ps, enum sk_mib_access *out)
{
    static const char *const names[] = {
        "not-accessible", "accessible-for-notify", "read-only",
        "read-write", "read-create", "write-only", "not-implemented"
    };
    static const enum sk_mib_access vals[] = {
        SK_MIB_ACCESS_NOACCESS, SK_MIB_ACCESS_NOTIFY,
        SK_MIB_ACCESS_READONLY, SK_MIB_ACCESS_READWRITE,
        SK_MIB_ACCESS_READCREATE, SK_MIB_ACCESS_WRITEONLY,
        SK_MIB_ACCESS_NOACCESS
    };
    const struct mib_token *t = mib_next(&ps->lx);
    size_t i;

    for (i = 0; t->type == T_LABEL && i < sizeof names / sizeof *names; i++)
        if (strcmp(t->name, names[i]) == 0) {
            if (*out == SK_MIB_ACCESS_NONE)
                *out = vals[i];
            return 0;
        }
    mib_error(&ps->lx, "Bad ACCESS type", t);
    return -1;
}

static int parse_status(struct pstate *ps, enum sk_mib_status *out)
{
    static const char *const names[] = {
        "current", "deprecated", "obsolete", "mandatory", "optional"
    };
    const struct mib_token *t = mib_next(&ps->lx);
    size_t i;

    for (i = 0; t->type == T_LABEL && i < sizeof names / sizeof *names; i++)
        if (strcmp(t->name, names[i]) == 0) {
            if (*out == SK_MIB_STATUS_NONE)
                *out = (enum sk_mib_status)(SK_MIB_STATUS_CURRENT + i);
            return 0;
        }
    mib_error(&ps->lx, "Bad STATUS", t);
    return -1;
}

/* Text-valued clauses; returns 1 when KW is not one of them. */
static int text_clause(struct pstate *ps, struct mib_def *d, int kw)
{
    bool keep = (ps->mib->flags & SK_MIB_DESCRIPTIONS) != 0;
    const char *s;

    switch (kw) {
    case KW_DESCRIPTION:
        s = string_arg(ps, "DESCRIPTION", keep);
        if (s != NULL && keep && d->descr == NULL)
            d->descr = s;
        break;
    case KW_REFERENCE:
        s = string_arg(ps, "REFERENCE", keep);
        if (s != NULL && keep && d->ref == NULL)
            d->ref = s;
        break;
    case KW_UNITS:
        s = string_arg(ps, "UNITS", true);
        if (s != NULL && d->units == NULL)
            d->units = s;
        break;
    case KW_DISPLAY_HINT: s = string_arg(ps, "DISPLAY-HINT", false); break;
    case KW_LAST_UPDATED: s = string_arg(ps, "LAST-UPDATED", false); break;
    case KW_ORGANIZATION: s = string_arg(ps, "ORGANIZATION", false); break;
    case KW_CONTACT_INFO: s = string_arg(ps, "CONTACT-INFO", false); break;
    case KW_REVISION: s = string_arg(ps, "REVISION", false); break;
    default:
        return 1;
    }
    return s != NULL ? 0 : -1;
}

/* Clauses that name other things: INDEX, AUGMENTS, DEFVAL, OBJECTS. */
static int ref_clause(struct pstate *ps, struct mib_def *d, int kw)
{
    const char **names;
    size_t n;

    switch (kw) {
    case KW_INDEX:
        return d->index != NULL ? mib_skip_braces(&ps->lx, false)
                                : mib_parse_index(&ps->lx, d);
    case KW_AUGMENTS:
        if (mib_parse_namelist(&ps->lx, &names, &n) < 0)
            return -1;
        if (n > 0 && d->augments == NULL)
            d->augments = names[0];
        return 0;
    case KW_DEFVAL:
        return d->defval != NULL ? mib_skip_braces(&ps->lx, false)
                                 : mib_parse_defval(&ps->lx, d);
    case KW_OBJECTS: case KW_NOTIFICATIONS: case KW_VARIABLES:
        if (mib_parse_namelist(&ps->lx, &names, &n) < 0)
            return -1;
        if (d->objects == NULL) {
            d->objects = names;
            d->n_objects = n;
        }
        return 0;
    default:
        return 1;
    }
}

/* SYNTAX, ACCESS, STATUS and ENTERPRISE; 1 when KW is none of them. */
static int type_clause(struct pstate *ps, struct mib_def *d, int kw,
                       bool loose)
{
    enum sk_mib_access ignored = SK_MIB_ACCESS_NONE;
    struct mib_syn scratch;
    const struct mib_token *t;
    bool seq;

    switch (kw) {
    case KW_SYNTAX:
        return mib_parse_syntax(&ps->lx, loose || d->syn.given ? &scratch
                                : &d->syn,
                                &seq, 0);
    case KW_ACCESS: case KW_MAX_ACCESS:
        return parse_access(ps, loose ? &ignored : &d->access);
    case KW_MIN_ACCESS:
        return parse_access(ps, &ignored);
    case KW_STATUS:
        return parse_status(ps, &d->status);
    case KW_ENTERPRISE:
        if (d->kind != SK_MIB_KIND_TRAP)
            return 1;
        t = mib_next(&ps->lx);
        if (t->type != T_LABEL) {
            mib_error(&ps->lx, "Bad ENTERPRISE", t);
            return -1;
        }
        d->augments = t->name;  /* parked here until the value is read */
        return 0;
    default:
        return 1;
    }
}

/* OBJECT-TYPE wants SYNTAX, ACCESS and STATUS before anything else, and
 * Net-SNMP names the word it found instead. */
static int check_order(struct pstate *ps, const struct mib_def *d, int kw,
                       const struct mib_token *t)
{
    bool head = kw == KW_SYNTAX || kw == KW_UNITS || kw == KW_ACCESS ||
                kw == KW_MAX_ACCESS;

    if (d->kind != SK_MIB_KIND_OBJECT)
        return 0;
    if (!d->syn.given && kw != KW_SYNTAX) {
        mib_error(&ps->lx, "Should be SYNTAX", t);
        return -1;
    }
    if (d->access == SK_MIB_ACCESS_NONE && !head) {
        mib_error(&ps->lx, "Should be ACCESS", t);
        return -1;
    }
    if (d->status == SK_MIB_STATUS_NONE && !head && kw != KW_STATUS) {
        mib_error(&ps->lx, "Should be STATUS", t);
        return -1;
    }
    return 0;
}

/* The body of a macro invocation up to "::=".  Compliance and
 * capability statements repeat clauses per module and object; only the
 * first of each is kept, and their other words are skipped. */
static int parse_clauses(struct pstate *ps, struct mib_def *d)
{
    bool loose = d->kind == SK_MIB_KIND_COMPLIANCE ||
                 d->kind == SK_MIB_KIND_CAPABILITIES;
    const struct mib_token *t;
    int rc, kw;

    for (t = mib_next(&ps->lx); t->type != T_ASSIGN; t = mib_next(&ps->lx)) {
        kw = t->type == T_LABEL ? t->kw : -1;
        if (check_order(ps, d, kw, t) < 0)
            return -1;
        if (t->type == T_EOF) {
            mib_error(&ps->lx, "Expected \"::=\"", t);
            return -1;
        }
        rc = 1;
        if (kw >= 0) {
            rc = text_clause(ps, d, kw);
            if (rc == 1)
                rc = ref_clause(ps, d, kw);
            if (rc == 1)
                rc = type_clause(ps, d, kw, loose);
        }
        if (rc == 1 && loose)
            rc = t->type == T_LBRACE ? mib_skip_braces(&ps->lx, true) : 0;
        if (rc == 1)
            mib_error(&ps->lx, "Bad format of optional clauses", t);
        if (rc != 0)
            return -1;
    }
    return check_order(ps, d, KW_DESCRIPTION, t);
}

static struct mib_def *new_def(struct pstate *ps, const char *label,
                               int line, enum sk_mib_kind kind)
{
    struct mib_def *d = mib_alloc(&ps->mib->arena, sizeof *d);

    if (d == NULL)
        return NULL;
    d->label = label;
    d->mod = ps->mod;
    d->line = line;
    d->kind = kind;
    d->ordinal = ps->mod->n_defs++;
    *ps->mod->defs_tail = d;
    ps->mod->defs_tail = &d->next;
    return d;
}

/* TRAP-TYPE's value is a number under ENTERPRISE: { enterprise 0 n },
 * the RFC 3584 §3 mapping Net-SNMP also uses for its tree. */
static int trap_value(struct pstate *ps, struct mib_def *d)
{
    const struct mib_token *t = mib_next(&ps->lx);
    char hash[MIB_MAXTOKEN + 1];

    if (t->type != T_NUMBER || t->neg || t->overflow || t->num > UINT32_MAX ||
        d->augments == NULL) {
        mib_error(&ps->lx, "Expected a Number", t);
        return -1;
    }
    d->val = mib_alloc(&ps->mib->arena, 3 * sizeof *d->val);
    if (d->val == NULL)
        return -1;
    d->val[0].label = d->augments;
    /* Net-SNMP names the 0 arc "enterprise#" */
    snprintf(hash, sizeof hash, "%s#", d->augments);
    d->val[1].label = mib_intern(ps->mib, hash, strlen(hash));
    d->val[1].has_num = d->val[2].has_num = true;
    d->val[2].num = (uint32_t)t->num;
    d->n_val = 3;
    d->augments = NULL;
    return 0;
}

/* "name MACRO-NAME clauses ::= value" and "name OBJECT IDENTIFIER ::=". */
static int parse_macro(struct pstate *ps, const char *label, int line,
                       enum sk_mib_kind kind)
{
    struct mib_def *d = new_def(ps, label, line, kind);
    int rc;

    if (d == NULL)
        return -1;
    if (kind == SK_MIB_KIND_NODE) {
        /* Net-SNMP adds no "Bad parse" line for a missing "::=" here */
        if (expect(ps, T_LABEL, "Expected \"IDENTIFIER\"") < 0 ||
            ps->lx.tok.kw != KW_IDENTIFIER ||
            expect(ps, T_ASSIGN, "Expected \"::=\"") < 0)
            return -1;
        rc = parse_oid_value(ps, d);
    } else {
        rc = parse_clauses(ps, d);
        if (rc == 0)
            rc = kind == SK_MIB_KIND_TRAP ? trap_value(ps, d)
                                          : parse_oid_value(ps, d);
    }
    if (rc < 0) {
        char msg[48];

        snprintf(msg, sizeof msg, "Bad parse of %s", kind_names[kind]);
        mib_error(&ps->lx, msg, NULL);
    }
    return rc;
}

/* "Name ::= TEXTUAL-CONVENTION ... SYNTAX type" or "Name ::= type". */
static int parse_typedef(struct pstate *ps, const char *name)
{
    struct mib_type *ty = mib_alloc(&ps->mib->arena, sizeof *ty);
    const struct mib_token *t;

    if (ty == NULL)
        return -1;
    ty->name = name;
    ty->mod = ps->mod;
    *ps->mod->types_tail = ty;
    ps->mod->types_tail = &ty->next;
    t = mib_peek(&ps->lx);
    if (t->type != T_LABEL || t->kw != KW_TEXTUAL_CONVENTION)
        return mib_parse_syntax(&ps->lx, &ty->syn, &ty->sequence, 0);
    (void)mib_next(&ps->lx);
    for (;;) {
        t = mib_next(&ps->lx);
        if (t->type == T_LABEL && t->kw == KW_SYNTAX)
            return mib_parse_syntax(&ps->lx, &ty->syn, &ty->sequence, 0);
        if (t->type == T_LABEL && t->kw == KW_DISPLAY_HINT) {
            ty->hint = string_arg(ps, "DISPLAY-HINT", true);
            if (ty->hint == NULL)
                return -1;
        } else if (t->type == T_LABEL && t->kw == KW_STATUS) {
            enum sk_mib_status st = SK_MIB_STATUS_NONE;

            if (parse_status(ps, &st) < 0)
                return -1;
        } else if (t->type != T_LABEL ||
                   (t->kw != KW_DESCRIPTION && t->kw != KW_REFERENCE) ||
                   string_arg(ps, t->kw == KW_REFERENCE ? "REFERENCE"
                              : "DESCRIPTION", false) == NULL) {
            if (ps->lx.tok.type != T_STRING)
                mib_error(&ps->lx, "Bad format for TEXTUAL-CONVENTION",
                          &ps->lx.tok);
            return -1;
        }
    }
}

/* "NAME MACRO ::= BEGIN ... END": the macro's grammar is not needed. */
static int skip_macro(struct pstate *ps, const char *name)
{
    const struct mib_token *t;
    struct mib_module *m = ps->mod;
    const char **v;

    do {
        t = mib_next(&ps->lx);
    } while (t->type != T_EOF && !(t->type == T_LABEL && t->kw == KW_END));
    if (t->type == T_EOF)
        return -1;
    v = mib_alloc(&ps->mib->arena, (m->n_macros + 1) * sizeof *v);
    if (v == NULL)
        return -1;
    if (m->n_macros > 0)
        memcpy(v, m->macros, m->n_macros * sizeof *v);
    v[m->n_macros++] = name;
    m->macros = v;
    return 0;
}

static int macro_kind(int kw)
{
    switch (kw) {
    case KW_OBJECT: return SK_MIB_KIND_NODE;
    case KW_OBJECT_TYPE: return SK_MIB_KIND_OBJECT;
    case KW_OBJECT_IDENTITY: return SK_MIB_KIND_IDENTITY;
    case KW_MODULE_IDENTITY: return SK_MIB_KIND_MODULE;
    case KW_NOTIFICATION_TYPE: return SK_MIB_KIND_NOTIFICATION;
    case KW_TRAP_TYPE: return SK_MIB_KIND_TRAP;
    case KW_OBJECT_GROUP: return SK_MIB_KIND_GROUP;
    case KW_NOTIFICATION_GROUP: return SK_MIB_KIND_NOTIF_GROUP;
    case KW_MODULE_COMPLIANCE: return SK_MIB_KIND_COMPLIANCE;
    case KW_AGENT_CAPABILITIES: return SK_MIB_KIND_CAPABILITIES;
    default: return -1;
    }
}

/* One assignment; T is its first word.  Returns 1 at END. */
static int parse_assignment(struct pstate *ps, const struct mib_token *t)
{
    const char *name = t->name;
    int line = t->line, kind;

    if (t->type != T_LABEL) {
        mib_error(&ps->lx, t->type == T_BAD ? "Bad operator"
                  : "Expected a label", t);
        return -1;
    }
    if (t->kw == KW_END)
        return 1;
    t = mib_next(&ps->lx);
    if (t->type == T_ASSIGN)
        return parse_typedef(ps, name);
    if (t->type == T_LABEL && t->kw == KW_MACRO)
        return skip_macro(ps, name);
    kind = t->type == T_LABEL ? macro_kind(t->kw) : -1;
    if (kind < 0) {
        mib_error(&ps->lx, t->type == T_BAD ? "Bad operator"
                  : "Expected \"::=\"", t);
        return -1;
    }
    return parse_macro(ps, name, line, (enum sk_mib_kind)kind);
}

static int add_import(struct pstate *ps, const char *label, const char *from)
{
    struct mib_module *m = ps->mod;
    struct mib_import *v;

    if (m->n_imports % 64 == 0) {
        v = mib_alloc(&ps->mib->arena, (m->n_imports + 64) * sizeof *v);
        if (v == NULL)
            return -1;
        if (m->n_imports > 0)
            memcpy(v, m->imports, m->n_imports * sizeof *v);
        m->imports = v;
    }
    m->imports[m->n_imports].label = label;
    m->imports[m->n_imports++].from = from;
    return 0;
}

/* Load the module a group of imports comes from; a replacement module
 * (RFC1155-SMI -> SNMPv2-SMI) takes the group over. */
static void import_group(struct pstate *ps, size_t first, int line)
{
    struct mib_module *m = ps->mod, *src;
    size_t i;

    src = mib_module_get(ps->mib, m->imports[first].from,
                         m->imports[first].label, line, ps->lx.file);
    for (i = first; src != NULL && i < m->n_imports; i++) {
        m->imports[i].replaced = m->imports[i].from != src->name;
        m->imports[i].from = src->name;
    }
}

/* The SMI macro names, which Net-SNMP's parser knows by itself. */
static bool is_smi_macro(const char *label)
{
    static const char *const names[] = {
        "OBJECT-TYPE", "TRAP-TYPE", "MODULE-IDENTITY", "OBJECT-IDENTITY",
        "NOTIFICATION-TYPE", "TEXTUAL-CONVENTION", "OBJECT-GROUP",
        "NOTIFICATION-GROUP", "MODULE-COMPLIANCE", "AGENT-CAPABILITIES",
    };
    size_t i;

    for (i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(label, names[i]) == 0)
            return true;
    return false;
}

/* After the module parsed, as Net-SNMP: each import must exist. */
static void check_imports(struct pstate *ps)
{
    const struct mib_module *m = ps->mod, *src;
    size_t i;

    for (i = 0; i < m->n_imports; i++) {
        src = mib_module_find(ps->mib, m->imports[i].from);
        if (src == NULL || src->state == MOD_FAILED ||
            src->state == MOD_NEW)
            mib_diag(ps->mib, "Did not find '%s' in module #-1 (%s)",
                     m->imports[i].label, ps->lx.file);
        else if (src->state == MOD_LOADING &&
                 (m->imports[i].replaced ||
                  is_smi_macro(m->imports[i].label)))
            continue; /* a cycle made by a replacement module (RFC-1212's
                         RFC1158-MIB is RFC1213-MIB, which imports
                         RFC-1212): Net-SNMP stays quiet there */
        else if (src->state == MOD_LOADING ||
                 !mib_module_has_symbol(src, m->imports[i].label))
            mib_diag(ps->mib, "Did not find '%s' in module %s (%s)",
                     m->imports[i].label, src->name, ps->lx.file);
    }
}

static int str_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Is NAME one of the words Net-SNMP's lexer knows (its token table)?
 * Such imports are "handled internally": they are not recorded, and a
 * module that only supplies such words is not even read. */
static bool is_parser_word(const char *name)
{
    static const char *const words[] = { /* sorted for bsearch */
        "ACCESS", "AGENT-CAPABILITIES", "AUGMENTS", "ApplicationSyntax",
        "BEGIN", "BITS", "BITSTRING", "CHOICE", "CONTACT-INFO",
        "CREATION-REQUIRES", "Counter", "Counter32", "Counter64",
        "DEFINITIONS", "DEFVAL", "DESCRIPTION", "DISPLAY-HINT", "END",
        "ENTERPRISE", "EXPORTS", "FROM", "GROUP", "Gauge", "Gauge32",
        "IDENTIFIER", "IMPLICIT", "IMPLIED", "IMPORTS", "INCLUDES", "INDEX",
        "INTEGER", "Integer32", "IpAddress", "LAST-UPDATED", "MACRO",
        "MANDATORY-GROUPS", "MAX-ACCESS", "MIN-ACCESS", "MODULE",
        "MODULE-COMPLIANCE", "MODULE-IDENTITY", "NOTIFICATION-GROUP",
        "NOTIFICATION-TYPE", "NOTIFICATIONS", "NULL", "NUM-ENTRIES",
        "NetworkAddress", "NotificationName", "NsapAddress", "OBJECT",
        "OBJECT-GROUP", "OBJECT-IDENTITY", "OBJECT-TYPE", "OBJECTS",
        "OCTETSTRING", "OF", "ORGANIZATION", "ObjectName", "ObjectSyntax",
        "Opaque", "PRODUCT-RELEASE", "REFERENCE", "REVISION", "SEQUENCE",
        "SIZE", "STATUS", "SUPPORTS", "SYNTAX", "SimpleSyntax",
        "TEXTUAL-CONVENTION", "TRAP-TYPE", "TimeTicks", "UInteger32",
        "UNITS", "Unsigned32", "VARIABLES", "VARIATION", "WRITE-SYNTAX",
        "accessible-for-notify", "current", "deprecated", "mandatory",
        "not-accessible", "not-implemented", "obsolete", "optional",
        "read-create", "read-only", "read-write", "write-only"
    };

    return bsearch(&name, words, sizeof words / sizeof words[0],
                   sizeof words[0], str_cmp) != NULL;
}

/* "IMPORTS a, b FROM M-1 c FROM M-2 ;" (trailing commas tolerated). */
static int parse_imports(struct pstate *ps)
{
    const struct mib_token *t;
    size_t first = ps->mod->n_imports;

    for (t = mib_next(&ps->lx); t->type != T_SEMI; t = mib_next(&ps->lx)) {
        if (t->type == T_COMMA)
            continue;
        if (t->type != T_LABEL) {
            mib_error(&ps->lx, "Expected a label", t);
            return -1;
        }
        if (t->kw == KW_FROM) {
            t = mib_next(&ps->lx);
            if (t->type != T_LABEL) {
                mib_error(&ps->lx, "Expected a module name", t);
                return -1;
            }
            if (first == ps->mod->n_imports)
                continue;       /* only parser words: nothing to read */
            for (size_t i = first; i < ps->mod->n_imports; i++)
                ps->mod->imports[i].from = t->name;
            import_group(ps, first, t->line);
            first = ps->mod->n_imports;
        } else if (!is_parser_word(t->name) &&
                   add_import(ps, t->name, NULL) < 0) {
            return -1;
        }
    }
    return 0;
}

/* From after "BEGIN" to "END". */
static int parse_body(struct pstate *ps)
{
    const struct mib_token *t = mib_next(&ps->lx);
    int rc;

    if (t->type == T_LABEL && t->kw == KW_EXPORTS) {
        do {
            t = mib_next(&ps->lx);
        } while (t->type != T_SEMI && t->type != T_EOF);
        t = mib_next(&ps->lx);
    }
    if (t->type == T_LABEL && t->kw == KW_IMPORTS) {
        if (parse_imports(ps) < 0)
            return -1;
        t = mib_next(&ps->lx);
    }
    for (;; t = mib_next(&ps->lx)) {
        if (t->type == T_EOF)
            return -1;          /* Net-SNMP drops it without a word */
        rc = parse_assignment(ps, t);
        if (rc != 0)
            return rc > 0 ? 0 : -1;
    }
}

/* "NAME [{ oid }] DEFINITIONS ::= BEGIN"; NAME already read. */
static int parse_module(struct pstate *ps, const char *name)
{
    struct mib_module *m = mib_module_find(ps->mib, name);
    bool skip;
    int rc;

    if (mib_peek(&ps->lx)->type == T_LBRACE &&
        mib_skip_braces(&ps->lx, false) < 0)
        return -1;
    if (expect(ps, T_LABEL, "Expected \"DEFINITIONS\"") < 0 ||
        ps->lx.tok.kw != KW_DEFINITIONS ||
        expect(ps, T_ASSIGN, "Expected \"::=\"") < 0 ||
        expect(ps, T_LABEL, "Expected \"BEGIN\"") < 0 ||
        ps->lx.tok.kw != KW_BEGIN)
        return -1;
    if (m == NULL)
        m = mib_module_new(ps->mib, name);
    if (m == NULL)
        return -1;
    /* A module already read (from another file, or through an import
     * cycle) is parsed again into a throw-away record. */
    skip = m->state == MOD_LOADED || m->state == MOD_LOADING;
    if (skip) {
        struct mib_module *tmp = mib_alloc(&ps->mib->arena, sizeof *tmp);

        if (tmp == NULL)
            return -1;
        tmp->name = name;
        m = tmp;
    }
    m->file = ps->lx.file;
    m->defs_tail = &m->defs;
    m->types_tail = &m->types;
    m->state = MOD_LOADING;
    ps->mod = m;
    rc = parse_body(ps);
    m->state = rc == 0 ? MOD_LOADED : MOD_FAILED;
    if (rc == 0 && !skip) {
        mib_register_module(ps->mib, m);
        check_imports(ps);
    }
    if (rc < 0) {
        m->defs = NULL;
        m->types = NULL;
    }
    return rc;
}

void mib_parse_file(struct sk_mib *mib, const char *path, const char *text,
                    size_t len)
{
    struct pstate ps;
    const struct mib_token *t;

    memset(&ps, 0, sizeof ps);
    ps.mib = mib;
    mib_lex_init(&ps.lx, mib, path, text, len);
    for (t = mib_next(&ps.lx); t->type == T_LABEL; t = mib_next(&ps.lx))
        if (parse_module(&ps, t->name) < 0)
            return;
}
