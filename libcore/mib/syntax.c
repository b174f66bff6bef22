/* syntax.c - SYNTAX clauses and the brace lists of the SMI: types with
 * ranges, sizes, enumerations and named bits (RFC 2578 §7.1, §9), INDEX
 * with IMPLIED (§7.7), DEFVAL (§7.9) and lists of names.
 *
 * Like Net-SNMP, a malformed range is skipped rather than fatal, since
 * field MIBs get them wrong and the rest of the module is still good. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mib/mib_int.h"

struct vec { void *p; size_t n, cap, size; };

static void *vec_add(struct vec *v)
{
    if (v->n == MIB_MAXLIST)
        return NULL;
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 16;
        void *p = realloc(v->p, cap * v->size);

        if (p == NULL)
            return NULL;
        v->p = p;
        v->cap = cap;
    }
    return (char *)v->p + v->size * v->n++;
}

/* Move the vector's items into the arena; frees the vector. */
static void *vec_keep(struct mib_lexer *lx, struct vec *v, size_t *n)
{
    void *out = NULL;

    *n = 0;
    if (v->n > 0) {
        out = mib_alloc(&lx->mib->arena, v->n * v->size);
        if (out != NULL) {
            memcpy(out, v->p, v->n * v->size);
            *n = v->n;
        }
    }
    free(v->p);
    v->p = NULL;
    return out;
}

int mib_skip_braces(struct mib_lexer *lx, bool opened)
{
    const struct mib_token *t = opened ? &lx->tok : mib_next(lx);
    size_t depth = 1;

    if (t->type != T_LBRACE) {
        mib_error(lx, "Expected \"{\"", t);
        return -1;
    }
    while (depth > 0) {
        t = mib_next(lx);
        if (t->type == T_EOF) {
            mib_error(lx, "Expected \"}\"", t);
            return -1;
        }
        if (t->type == T_LBRACE)
            depth++;
        else if (t->type == T_RBRACE)
            depth--;
    }
    return 0;
}

/* Skip to the ')' closing a '(' already read. */
static int skip_parens(struct mib_lexer *lx, size_t depth)
{
    const struct mib_token *t;

    while (depth > 0) {
        t = mib_next(lx);
        if (t->type == T_EOF) {
            mib_error(lx, "Expected \")\"", t);
            return -1;
        }
        if (t->type == T_LPAREN)
            depth++;
        else if (t->type == T_RPAREN)
            depth--;
    }
    return 0;
}

/* A range bound: decimal, 'hex'H or 'bin'B; clamped to int64. */
static bool range_value(const struct mib_token *t, int64_t *out)
{
    uint64_t u = 0;
    size_t i;

    if (t->type == T_NUMBER) {
        u = t->overflow ? UINT64_MAX : t->num;
    } else if (t->type == T_HEX || t->type == T_BIN) {
        for (i = 0; i < t->len; i++) {
            char c = t->p[i];
            unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                         : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
                         : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10)
                         : 99;
            unsigned base = t->type == T_HEX ? 16 : 2;

            if (d >= base)
                return false;
            u = u > UINT64_MAX / base ? UINT64_MAX : u * base + d;
        }
    } else {
        return false;
    }
    if (u > (uint64_t)INT64_MAX)
        *out = t->neg ? INT64_MIN : INT64_MAX;
    else
        *out = t->neg ? -(int64_t)u : (int64_t)u;
    return true;
}

/* "a..b | c ..." up to and including ')'; the '(' is already read. */
static int parse_ranges(struct mib_lexer *lx, struct mib_syn *syn)
{
    struct vec v = { NULL, 0, 0, sizeof(struct sk_mib_range) };
    const struct mib_token *t;
    struct sk_mib_range r, *slot;

    for (;;) {
        t = mib_next(lx);
        if (!range_value(t, &r.low))
            break;
        r.high = r.low;
        if (mib_peek(lx)->type == T_DOTDOT) {
            (void)mib_next(lx);
            if (!range_value(mib_next(lx), &r.high))
                break;
        }
        slot = vec_add(&v);
        if (slot != NULL)
            *slot = r;
        t = mib_next(lx);
        if (t->type != T_BAR)
            break;
    }
    syn->ranges = vec_keep(lx, &v, &syn->n_ranges);
    if (t->type == T_RPAREN)
        return 0;
    syn->n_ranges = 0;          /* malformed: ignored, as Net-SNMP does */
    return t->type == T_EOF ? -1 : skip_parens(lx, 1);
}

/* "(a..b)" or "(SIZE (a..b))" after a type; '(' is next. */
static int parse_restriction(struct mib_lexer *lx, struct mib_syn *syn)
{
    const struct mib_token *t;

    (void)mib_next(lx);
    t = mib_peek(lx);
    if (t->type != T_LABEL || t->kw != KW_SIZE)
        return parse_ranges(lx, syn);
    (void)mib_next(lx);
    if (mib_next(lx)->type != T_LPAREN) {
        mib_error(lx, "Expected \"(\"", &lx->tok);
        return -1;
    }
    if (parse_ranges(lx, syn) < 0)
        return -1;
    if (mib_next(lx)->type != T_RPAREN) {
        mib_error(lx, "Expected \")\"", &lx->tok);
        return -1;
    }
    return 0;
}

/* "{ name(n), ... }" for INTEGER and BITS; '{' is next. */
static int parse_enums(struct mib_lexer *lx, struct mib_syn *syn)
{
    struct vec v = { NULL, 0, 0, sizeof(struct sk_mib_enum) };
    const struct mib_token *t;
    struct sk_mib_enum e, *slot;
    int rc = -1;

    (void)mib_next(lx);
    for (t = mib_next(lx); t->type != T_RBRACE; t = mib_next(lx)) {
        if (t->type == T_COMMA)
            continue;           /* and a trailing one is tolerated */
        if (t->type != T_LABEL) {
            mib_error(lx, "Expected a label", t);
            goto out;
        }
        e.label = t->name;
        if (mib_next(lx)->type != T_LPAREN ||
            mib_next(lx)->type != T_NUMBER || lx->tok.overflow ||
            lx->tok.num > (uint64_t)INT64_MAX) {
            mib_error(lx, "Bad enumeration value", &lx->tok);
            goto out;
        }
        e.value = lx->tok.neg ? -(int64_t)lx->tok.num : (int64_t)lx->tok.num;
        if (mib_next(lx)->type != T_RPAREN) {
            mib_error(lx, "Expected \")\"", &lx->tok);
            goto out;
        }
        slot = vec_add(&v);
        if (slot == NULL) {
            mib_error(lx, "Too many enumerations", t);
            goto out;
        }
        *slot = e;
    }
    rc = 0;
out:
    syn->enums = vec_keep(lx, &v, &syn->n_enums);
    return rc;
}

/* "SEQUENCE { name Type, ... }": the row types of tables. */
static int parse_sequence(struct mib_lexer *lx, int depth)
{
    struct mib_syn ignored;
    const struct mib_token *t;
    bool seq;

    if (mib_next(lx)->type != T_LBRACE) {
        mib_error(lx, "Expected \"{\"", &lx->tok);
        return -1;
    }
    for (t = mib_next(lx); t->type != T_RBRACE; t = mib_next(lx)) {
        if (t->type == T_COMMA)
            continue;
        memset(&ignored, 0, sizeof ignored);
        if (t->type != T_LABEL ||
            mib_parse_syntax(lx, &ignored, &seq, depth + 1) < 0) {
            if (t->type != T_LABEL)
                mib_error(lx, "Expected a label", t);
            return -1;
        }
    }
    return 0;
}

static enum sk_mib_type simple_type(int kw)
{
    switch (kw) {
    case KW_INTEGER: return SK_MIB_TYPE_INTEGER;
    case KW_INTEGER32: return SK_MIB_TYPE_INTEGER32;
    case KW_UNSIGNED32: return SK_MIB_TYPE_UNSIGNED32;
    case KW_COUNTER: case KW_COUNTER32: return SK_MIB_TYPE_COUNTER;
    case KW_GAUGE: case KW_GAUGE32: return SK_MIB_TYPE_GAUGE;
    case KW_TIMETICKS: return SK_MIB_TYPE_TIMETICKS;
    case KW_COUNTER64: return SK_MIB_TYPE_COUNTER64;
    case KW_IPADDRESS: return SK_MIB_TYPE_IPADDR;
    case KW_NETWORKADDRESS: return SK_MIB_TYPE_NETADDR;
    case KW_OPAQUE: return SK_MIB_TYPE_OPAQUE;
    case KW_NSAPADDRESS: return SK_MIB_TYPE_NSAPADDRESS;
    case KW_UINTEGER32: return SK_MIB_TYPE_UINTEGER;
    case KW_NULL: return SK_MIB_TYPE_NULL;
    case KW_BITS: return SK_MIB_TYPE_BITS;
    default: return SK_MIB_TYPE_OTHER;
    }
}

/* The words after the type name: OCTET STRING, OBJECT IDENTIFIER,
 * SEQUENCE ..., CHOICE {...}.  Returns 1 when KW is none of those. */
static int compound_type(struct mib_lexer *lx, int kw, struct mib_syn *syn,
                         bool *sequence, int depth)
{
    const struct mib_token *t;

    switch (kw) {
    case KW_OCTET: case KW_OBJECT:
        t = mib_next(lx);
        if (t->type != T_LABEL ||
            t->kw != (kw == KW_OCTET ? KW_STRING : KW_IDENTIFIER)) {
            mib_error(lx, "Bad syntax", t);
            return -1;
        }
        syn->type = kw == KW_OCTET ? SK_MIB_TYPE_OCTETSTR : SK_MIB_TYPE_OBJID;
        return 0;
    case KW_SEQUENCE:
        if (mib_peek(lx)->type == T_LABEL && mib_peek(lx)->kw == KW_OF) {
            (void)mib_next(lx);
            t = mib_next(lx);
            if (t->type != T_LABEL) {
                mib_error(lx, "Bad syntax", t);
                return -1;
            }
            syn->type = SK_MIB_TYPE_TABLE;
            syn->name = t->name;
            return 0;
        }
        *sequence = true;
        syn->type = SK_MIB_TYPE_ENTRY;
        return parse_sequence(lx, depth);
    case KW_CHOICE:
        syn->type = SK_MIB_TYPE_OTHER;
        syn->choice = true;
        return mib_skip_braces(lx, false);
    default:
        return 1;
    }
}

/* A type, with its restriction: INTEGER {..}, OCTET STRING (SIZE ..),
 * [APPLICATION n] IMPLICIT T, SEQUENCE {..}, or a named type.  *SEQUENCE
 * is set for SEQUENCE { }.  DEPTH bounds the nesting. */
int mib_parse_syntax(struct mib_lexer *lx, struct mib_syn *syn,
                     bool *sequence, int depth)
{
    const struct mib_token *t = mib_next(lx);
    int rc, kw = t->kw;

    memset(syn, 0, sizeof *syn);
    *sequence = false;
    if (depth > MIB_MAXDEPTH) {
        mib_error(lx, "Too deeply nested", t);
        return -1;
    }
    if (t->type == T_LBRACKET) {            /* [APPLICATION 4] IMPLICIT */
        do {
            t = mib_next(lx);
        } while (t->type != T_RBRACKET && t->type != T_EOF);
        if (mib_peek(lx)->type == T_LABEL && mib_peek(lx)->kw == KW_IMPLICIT)
            (void)mib_next(lx);
        if (t->type == T_EOF)
            return -1;
        rc = mib_parse_syntax(lx, syn, sequence, depth + 1);
        syn->tagged = true;
        return rc;
    }
    if (t->type != T_LABEL) {
        mib_error(lx, "Bad syntax", t);
        return -1;
    }
    syn->type = simple_type(kw);
    if (syn->type == SK_MIB_TYPE_OTHER) {
        rc = compound_type(lx, kw, syn, sequence, depth);
        if (rc < 0)
            return -1;
        if (rc == 1)
            syn->name = t->name;            /* a TC or type assignment */
    }
    t = mib_peek(lx);
    rc = 0;
    if (t->type == T_LBRACE && (syn->name != NULL ||
        syn->type == SK_MIB_TYPE_INTEGER || syn->type == SK_MIB_TYPE_BITS))
        rc = parse_enums(lx, syn);
    else if (t->type == T_LPAREN)
        rc = parse_restriction(lx, syn);
    syn->given = rc == 0;
    return rc;
}

int mib_parse_index(struct mib_lexer *lx, struct mib_def *d)
{
    struct vec v = { NULL, 0, 0, sizeof(struct sk_mib_index) };
    const struct mib_token *t = mib_next(lx);
    struct sk_mib_index ix = { NULL, false }, *slot;
    int rc = -1;

    if (t->type != T_LBRACE) {
        mib_error(lx, "Bad INDEX", t);
        return -1;
    }
    for (t = mib_next(lx); t->type != T_RBRACE; t = mib_next(lx)) {
        if (t->type == T_COMMA)
            continue;
        if (t->type != T_LABEL) {
            mib_error(lx, "Bad INDEX", t);
            goto out;
        }
        if (t->kw == KW_IMPLIED) {
            ix.implied = true;
            continue;
        }
        if (t->kw == KW_STRING || t->kw == KW_IDENTIFIER)
            continue;       /* SMIv1 "OCTET STRING", "OBJECT IDENTIFIER" */
        ix.label = t->name;
        slot = vec_add(&v);
        if (slot == NULL)
            goto out;
        *slot = ix;
        ix.implied = false;
    }
    rc = 0;
out:
    d->index = vec_keep(lx, &v, &d->n_index);
    return rc;
}

int mib_parse_namelist(struct mib_lexer *lx, const char ***out, size_t *n)
{
    struct vec v = { NULL, 0, 0, sizeof(const char *) };
    const struct mib_token *t = mib_next(lx);
    const char **slot;
    int rc = -1;

    if (t->type != T_LBRACE) {
        mib_error(lx, "Expected \"{\"", t);
        return -1;
    }
    for (t = mib_next(lx); t->type != T_RBRACE; t = mib_next(lx)) {
        if (t->type == T_COMMA)
            continue;
        if (t->type != T_LABEL) {
            mib_error(lx, "Expected a label", t);
            goto out;
        }
        slot = vec_add(&v);
        if (slot == NULL)
            goto out;
        *slot = t->name;
    }
    rc = 0;
out:
    *out = vec_keep(lx, &v, n);
    return rc;
}

/* DEFVAL { ... }: the tokens, space-separated, strings in quotes, kept
 * as text (at most 512 bytes, Net-SNMP's defbuf) for -Td. */
/* One DEFVAL token as Net-SNMP keeps it: its lexer turns 'hex'H and
 * 'bits'B into decimal numbers (kept in an unsigned long, printed
 * signed), and the value quotes strings as \"text\". */
static int defval_token(const struct mib_token *t, char *out, size_t len)
{
    unsigned base = t->type == T_HEX ? 16 : 2;
    uint64_t v = 0;
    size_t i;

    if (t->type == T_STRING)
        return snprintf(out, len, "\\\"%.*s\\\"",
                        (int)(t->len > 500 ? 500 : t->len), t->p);
    if (t->type != T_HEX && t->type != T_BIN)
        return snprintf(out, len, "%.*s", (int)(t->len > 500 ? 500 : t->len),
                        t->p);
    for (i = 0; i < t->len; i++) {
        int c = (unsigned char)t->p[i];
        int dv = c >= '0' && c <= '9' ? c - '0'
                 : c >= 'a' && c <= 'f' ? c - 'a' + 10
                 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;

        if (dv >= (int)base)
            return snprintf(out, len, "'%.*s'%c",
                            (int)(t->len > 500 ? 500 : t->len), t->p,
                            base == 16 ? 'H' : 'B');
        v = v * base + (unsigned)dv;
    }
    return snprintf(out, len, "%lld", (long long)v);
}

int mib_parse_defval(struct mib_lexer *lx, struct mib_def *d)
{
    char buf[512];
    size_t len = 0, depth = 1;
    const struct mib_token *t = mib_next(lx);

    if (t->type != T_LBRACE) {
        mib_error(lx, "Bad DEFAULTVALUE", t);
        return -1;
    }
    for (t = mib_next(lx); ; t = mib_next(lx)) {
        if (t->type == T_EOF) {
            mib_error(lx, "Bad DEFAULTVALUE", t);
            return -1;
        }
        if (t->type == T_LBRACE)
            depth++;
        if (t->type == T_RBRACE && --depth == 0)
            break;
        if (len > 0 && len < sizeof buf - 1)
            buf[len++] = ' ';
        len += (size_t)defval_token(t, buf + len, sizeof buf - len);
        if (len >= sizeof buf)
            len = sizeof buf - 1;
    }
    d->defval = mib_intern(lx->mib, buf, len);
    return d->defval != NULL ? 0 : -1;
}
