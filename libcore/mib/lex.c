/* lex.c - the arena, interned strings and the MIB tokenizer.
 *
 * The tokenizer works on a whole file in memory.  It follows Net-SNMP's
 * get_token(): names are letters, digits and '-' (and '_' with -Pu), a
 * name is cut at MAXTOKEN-1 characters with a warning, and "--" starts a
 * comment that ends at the next "--" or the end of the line (X.208), or
 * only at the end of the line with -Pc. */
#include <stdlib.h>
#include <string.h>

#include "mib/mib_int.h"

struct mib_chunk { struct mib_chunk *next; size_t size; };

#define CHUNK (256u * 1024u)
#define ALIGN 16u

void *mib_alloc(struct mib_arena *a, size_t n)
{
    size_t hdr = (sizeof(struct mib_chunk) + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    void *p;

    if (n > SIZE_MAX / 2)
        return NULL;
    n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    if (a->head == NULL || a->size - a->used < n) {
        size_t sz = n + hdr > CHUNK ? n + hdr : CHUNK;
        struct mib_chunk *c = malloc(sz);

        if (c == NULL)
            return NULL;
        c->next = a->head;
        c->size = sz;
        a->head = c;
        a->used = hdr;
        a->size = sz;
    }
    p = (char *)a->head + a->used;
    a->used += n;
    memset(p, 0, n);
    return p;
}

void mib_arena_free(struct mib_arena *a)
{
    struct mib_chunk *c = a->head, *next;

    for (; c != NULL; c = next) {
        next = c->next;
        free(c);
    }
    a->head = NULL;
    a->used = a->size = 0;
}

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u;   /* FNV-1a */
    size_t i;

    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static struct mib_istr *istr_of(const char *s)
{
    return (struct mib_istr *)(void *)(s - offsetof(struct mib_istr, s));
}

uint32_t mib_str_hash(const char *s) { return istr_of(s)->hash; }
int mib_str_kw(const char *s) { return istr_of(s)->kw; }

static int strtab_grow(struct mib_strtab *t)
{
    size_t nb = t->nb ? t->nb * 2 : 4096, i;
    struct mib_istr **b = calloc(nb, sizeof *b);

    if (b == NULL)
        return -1;
    for (i = 0; i < t->nb; i++) {
        struct mib_istr *e = t->b[i], *next;

        for (; e != NULL; e = next) {
            next = e->next;
            e->next = b[e->hash & (nb - 1)];
            b[e->hash & (nb - 1)] = e;
        }
    }
    free(t->b);
    t->b = b;
    t->nb = nb;
    return 0;
}

static struct mib_istr *strtab_find(const struct mib_strtab *t, const char *s,
                                    size_t n, uint32_t h)
{
    struct mib_istr *e;

    if (t->nb == 0)
        return NULL;
    for (e = t->b[h & (t->nb - 1)]; e != NULL; e = e->next)
        if (e->hash == h && e->len == n && memcmp(e->s, s, n) == 0)
            return e;
    return NULL;
}

/* Interned copy of S[0..N): equal strings share one pointer.  NULL only
 * when out of memory (then mib->oom is set). */
const char *mib_intern(struct sk_mib *mib, const char *s, size_t n)
{
    uint32_t h = hash_bytes(s, n);
    struct mib_strtab *t = &mib->strs;
    struct mib_istr *e = strtab_find(t, s, n, h);

    if (e != NULL)
        return e->s;
    if (n > MIB_MAXSTRING || (t->count >= t->nb && strtab_grow(t) < 0))
        goto oom;
    e = mib_alloc(&mib->arena, sizeof *e + n + 1);
    if (e == NULL)
        goto oom;
    e->hash = h;
    e->len = (uint16_t)n;
    memcpy(e->s, s, n);
    e->next = t->b[h & (t->nb - 1)];
    t->b[h & (t->nb - 1)] = e;
    t->count++;
    return e->s;
oom:
    mib->oom = true;
    return NULL;
}

const char *mib_intern_find(const struct sk_mib *mib, const char *s)
{
    size_t n = strlen(s);
    struct mib_istr *e;

    if (n > MIB_MAXSTRING)
        return NULL;
    e = strtab_find(&mib->strs, s, n, hash_bytes(s, n));
    return e != NULL ? e->s : NULL;
}

static const char *const kwnames[KW_COUNT] = {
    "", "DEFINITIONS", "BEGIN", "END", "IMPORTS", "EXPORTS", "FROM", "MACRO",
    "OBJECT", "IDENTIFIER", "OBJECT-TYPE", "OBJECT-IDENTITY",
    "MODULE-IDENTITY", "NOTIFICATION-TYPE", "TRAP-TYPE",
    "TEXTUAL-CONVENTION", "OBJECT-GROUP", "NOTIFICATION-GROUP",
    "MODULE-COMPLIANCE", "AGENT-CAPABILITIES", "SYNTAX", "MAX-ACCESS",
    "ACCESS", "MIN-ACCESS", "STATUS", "DESCRIPTION", "REFERENCE", "INDEX",
    "IMPLIED", "AUGMENTS", "DEFVAL", "UNITS", "DISPLAY-HINT", "OBJECTS",
    "NOTIFICATIONS", "ENTERPRISE", "VARIABLES", "LAST-UPDATED",
    "ORGANIZATION", "CONTACT-INFO", "REVISION", "INTEGER", "Integer32",
    "Unsigned32", "Counter", "Counter32", "Gauge", "Gauge32", "TimeTicks",
    "Counter64", "IpAddress", "NetworkAddress", "Opaque", "NsapAddress",
    "UInteger32", "OCTET", "STRING", "BITS", "NULL", "SEQUENCE", "OF",
    "CHOICE", "SIZE", "APPLICATION", "IMPLICIT", "UNIVERSAL", "MIN", "MAX"
};

/* Intern the keywords up front so the lexer tags them for free. */
int mib_keywords_init(struct sk_mib *mib)
{
    int k;

    for (k = 1; k < KW_COUNT; k++) {
        const char *s = mib_intern(mib, kwnames[k], strlen(kwnames[k]));

        if (s == NULL)
            return -1;
        istr_of(s)->kw = (uint8_t)k;
    }
    return 0;
}

void mib_lex_init(struct mib_lexer *lx, struct sk_mib *mib, const char *file,
                  const char *text, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->mib = mib;
    lx->file = file;
    lx->p = text;
    lx->end = text + len;
    lx->line = 1;
    lx->comment_eol = (mib->flags & SK_MIB_COMMENT_EOL) != 0;
    lx->underscore = (mib->flags & SK_MIB_UNDERSCORE) != 0;
}

static bool is_name_char(const struct mib_lexer *lx, char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '-' ||
           (c == '_' && lx->underscore);
}

/* Skip one "--" comment; P points just past the opening "--". */
static void skip_comment(struct mib_lexer *lx)
{
    while (lx->p < lx->end) {
        char c = *lx->p;

        if (c == '\n' || c == '\r')
            return;             /* the newline is counted by the caller */
        if (!lx->comment_eol && c == '-' && lx->p + 1 < lx->end &&
            lx->p[1] == '-') {
            lx->p += 2;
            return;
        }
        lx->p++;
    }
}

static void skip_space(struct mib_lexer *lx)
{
    while (lx->p < lx->end) {
        char c = *lx->p;

        if (c == '\n') {
            lx->line++;
            lx->p++;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' ||
                   c == '\v') {
            lx->p++;
        } else if (c == '-' && lx->p + 1 < lx->end && lx->p[1] == '-') {
            lx->p += 2;
            skip_comment(lx);
        } else {
            return;
        }
    }
}

/* A quoted string; an unterminated one runs to EOF, as in Net-SNMP. */
static void lex_string(struct mib_lexer *lx, struct mib_token *t)
{
    const char *start = ++lx->p;

    while (lx->p < lx->end && *lx->p != '"') {
        if (*lx->p == '\n')
            lx->line++;
        lx->p++;
    }
    if (lx->p >= lx->end) {
        t->type = T_EOF;
        t->line = lx->line;
        return;
    }
    t->type = T_STRING;
    t->p = start;
    t->len = (size_t)(lx->p - start);
    lx->p++;
}

/* '0A'H or '0101'B; anything else between quotes is a bad token. */
static void lex_quoted(struct mib_lexer *lx, struct mib_token *t)
{
    const char *start = ++lx->p;

    while (lx->p < lx->end && *lx->p != '\'' && *lx->p != '\n')
        lx->p++;
    t->type = T_BAD;
    t->p = start - 1;
    t->len = 1;
    if (lx->p + 1 >= lx->end || *lx->p != '\'')
        return;
    t->p = start;
    t->len = (size_t)(lx->p - start);
    lx->p++;
    if (*lx->p == 'H' || *lx->p == 'h')
        t->type = T_HEX;
    else if (*lx->p == 'B' || *lx->p == 'b')
        t->type = T_BIN;
    if (t->type != T_BAD)
        lx->p++;
}

static void lex_number(struct mib_lexer *lx, struct mib_token *t)
{
    const char *start = lx->p;

    t->type = T_NUMBER;
    if (*lx->p == '-') {
        t->neg = true;
        lx->p++;
    }
    while (lx->p < lx->end && *lx->p >= '0' && *lx->p <= '9') {
        unsigned d = (unsigned)(*lx->p - '0');

        if (t->num > (UINT64_MAX - d) / 10)
            t->overflow = true;
        else
            t->num = t->num * 10 + d;
        lx->p++;
    }
    t->p = start;
    t->len = (size_t)(lx->p - start);
}

static void lex_name(struct mib_lexer *lx, struct mib_token *t)
{
    const char *start = lx->p;
    size_t n;

    while (lx->p < lx->end && is_name_char(lx, *lx->p) &&
           !(*lx->p == '-' && lx->p + 1 < lx->end && lx->p[1] == '-'))
        lx->p++;
    n = (size_t)(lx->p - start);
    if (n > MIB_MAXTOKEN - 1) {
        struct mib_token w = { .type = T_LABEL, .p = start,
                               .len = MIB_MAXTOKEN - 1, .line = lx->line };

        mib_error(lx, "Warning: token too long", &w);
        n = MIB_MAXTOKEN - 1;
    }
    t->type = T_LABEL;
    t->p = start;
    t->len = n;
    t->name = mib_intern(lx->mib, start, n);
    if (t->name == NULL)
        t->type = T_EOF;      /* out of memory: stop parsing */
    else
        t->kw = mib_str_kw(t->name);
}

static void lex_punct(struct mib_lexer *lx, struct mib_token *t)
{
    const char *p = lx->p;
    size_t left = (size_t)(lx->end - p);

    t->p = p;
    t->len = 1;
    if (left >= 3 && memcmp(p, "::=", 3) == 0) {
        t->type = T_ASSIGN;
        t->len = 3;
    } else if (left >= 2 && p[0] == '.' && p[1] == '.') {
        t->type = T_DOTDOT;
        t->len = 2;
    } else {
        switch (*p) {
        case '{': t->type = T_LBRACE; break;
        case '}': t->type = T_RBRACE; break;
        case '(': t->type = T_LPAREN; break;
        case ')': t->type = T_RPAREN; break;
        case '[': t->type = T_LBRACKET; break;
        case ']': t->type = T_RBRACKET; break;
        case ',': t->type = T_COMMA; break;
        case ';': t->type = T_SEMI; break;
        case '|': t->type = T_BAR; break;
        case '.': t->type = T_DOT; break;
        default: t->type = T_BAD; break;
        }
    }
    lx->p += t->len;
}

static void lex_one(struct mib_lexer *lx, struct mib_token *t)
{
    char c;

    memset(t, 0, sizeof *t);
    skip_space(lx);
    t->line = lx->line;
    if (lx->p >= lx->end) {
        t->type = T_EOF;
        return;
    }
    c = *lx->p;
    if (c == '"')
        lex_string(lx, t);
    else if (c == '\'')
        lex_quoted(lx, t);
    else if ((c >= '0' && c <= '9') ||
             (c == '-' && lx->p + 1 < lx->end && lx->p[1] >= '0' &&
              lx->p[1] <= '9'))
        lex_number(lx, t);
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        lex_name(lx, t);
    else
        lex_punct(lx, t);
}

const struct mib_token *mib_next(struct mib_lexer *lx)
{
    if (lx->have_peek) {
        lx->tok = lx->peeked;
        lx->have_peek = false;
    } else {
        lex_one(lx, &lx->tok);
    }
    return &lx->tok;
}

const struct mib_token *mib_peek(struct mib_lexer *lx)
{
    if (!lx->have_peek) {
        lex_one(lx, &lx->peeked);
        lx->have_peek = true;
    }
    return &lx->peeked;
}

void mib_tok_text(const struct mib_token *t, char *out, size_t outlen)
{
    size_t n;

    if (outlen == 0)
        return;
    if (t->type == T_EOF) {
        n = 3 < outlen - 1 ? 3 : outlen - 1;
        memcpy(out, "EOF", n);
    } else {
        n = t->len < outlen - 1 ? t->len : outlen - 1;
        memcpy(out, t->p, n);
    }
    out[n] = '\0';
}
