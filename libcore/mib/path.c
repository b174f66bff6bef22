/* path.c - finding and reading modules, diagnostics, and sk_mib_load.
 *
 * Modules are found by the name inside the file, not the file name, as
 * Net-SNMP's add_mibdir() does: the first time a module is wanted every
 * search directory is indexed by reading just the head of each file.
 * When two directories hold the same module the later one wins. */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "mib/mib_int.h"

#define HEAD_BYTES 4096u

void mib_diag(struct sk_mib *mib, const char *fmt, ...)
{
    char line[512], **v;
    va_list ap;
    size_t n;

    va_start(ap, fmt);
    vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (mib->n_diags == mib->cap_diags) {
        n = mib->cap_diags ? mib->cap_diags * 2 : 16;
        if (n > 100000)
            return;             /* a hostile file cannot grow this forever */
        v = realloc(mib->diags, n * sizeof *v);
        if (v == NULL)
            return;
        mib->diags = v;
        mib->cap_diags = n;
    }
    mib->diags[mib->n_diags] = strdup(line);
    if (mib->diags[mib->n_diags] != NULL)
        mib->n_diags++;
}

void mib_error(struct mib_lexer *lx, const char *msg,
               const struct mib_token *t)
{
    char text[MIB_MAXTOKEN];

    if (lx->quiet)
        return;
    if (t == NULL) {
        mib_diag(lx->mib, "%s: At line %d in %s", msg, lx->tok.line,
                 lx->file);
        return;
    }
    mib_tok_text(t, text, sizeof text);
    mib_diag(lx->mib, "%s (%s): At line %d in %s", msg, text, t->line,
             lx->file);
}

size_t sk_mib_diag_count(const struct sk_mib *mib)
{
    return mib != NULL ? mib->n_diags : 0;
}

const char *sk_mib_diag(const struct sk_mib *mib, size_t i)
{
    return mib != NULL && i < mib->n_diags ? mib->diags[i] : NULL;
}

char *sk_mib_list_combine(const char *base, const char *spec)
{
    size_t nb = base != NULL ? strlen(base) : 0, ns = strlen(spec);
    char *out;

    if ((spec[0] != '+' && spec[0] != '-') || nb == 0)
        return strdup(spec[0] == '+' || spec[0] == '-' ? spec + 1 : spec);
    out = malloc(nb + ns + 1);
    if (out == NULL)
        return NULL;
    if (spec[0] == '+')
        snprintf(out, nb + ns + 1, "%s:%s", base, spec + 1);
    else
        snprintf(out, nb + ns + 1, "%s:%s", spec + 1, base);
    return out;
}

/* Read at most MAX bytes of PATH into a malloc'd buffer. */
static char *read_file(const char *path, size_t max, size_t *len)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    struct stat st;
    size_t want;

    if (f == NULL)
        return NULL;
    if (fstat(fileno(f), &st) < 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        return NULL;
    }
    want = (uint64_t)st.st_size < max ? (size_t)st.st_size : max;
    buf = malloc(want + 1);
    if (buf != NULL) {
        *len = fread(buf, 1, want, f);
        buf[*len] = '\0';
    }
    fclose(f);
    return buf;
}

/* The name of the first module in TEXT: "NAME DEFINITIONS" or NULL. */
static const char *head_module(struct sk_mib *mib, const char *text,
                               size_t len)
{
    struct mib_lexer lx;
    const struct mib_token *t;
    const char *name;

    mib_lex_init(&lx, mib, "", text, len);
    lx.quiet = true;
    t = mib_next(&lx);
    if (t->type != T_LABEL)
        return NULL;
    name = t->name;
    t = mib_next(&lx);
    return t->type == T_LABEL && t->kw == KW_DEFINITIONS ? name : NULL;
}

static struct mib_dirent *index_slot(struct sk_mib *mib, const char *name)
{
    size_t mask = mib->n_index_b - 1, i = mib_str_hash(name) & mask;

    while (mib->index[i].module != NULL && mib->index[i].module != name)
        i = (i + 1) & mask;
    return &mib->index[i];
}

static int index_add(struct sk_mib *mib, const char *name, const char *path)
{
    struct mib_dirent *slot, *old = mib->index;
    size_t i, oldn = mib->n_index_b;
    const char **ord;

    if (2 * (mib->n_index + 1) > mib->n_index_b) {
        mib->n_index_b = oldn ? oldn * 2 : 256;
        mib->index = calloc(mib->n_index_b, sizeof *mib->index);
        if (mib->index == NULL) {
            mib->index = old;
            mib->n_index_b = oldn;
            return -1;
        }
        for (i = 0; i < oldn; i++)
            if (old[i].module != NULL)
                *index_slot(mib, old[i].module) = old[i];
        free(old);
    }
    slot = index_slot(mib, name);
    if (slot->module == NULL) {
        ord = realloc(mib->order, (mib->n_order + 1) * sizeof *ord);
        if (ord == NULL)
            return -1;
        mib->order = ord;
        mib->order[mib->n_order++] = name;
        mib->n_index++;
    }
    slot->module = name;
    slot->path = path;          /* a later directory wins */
    return 0;
}

static void index_file(struct sk_mib *mib, const char *path)
{
    size_t len;
    char *text = read_file(path, HEAD_BYTES, &len);
    const char *name, *ipath;

    if (text == NULL)
        return;
    name = head_module(mib, text, len);
    if (name == NULL && len == HEAD_BYTES) {
        free(text);             /* a long comment first: read it all */
        text = read_file(path, MIB_MAXFILE, &len);
        name = text != NULL ? head_module(mib, text, len) : NULL;
    }
    free(text);
    ipath = name != NULL ? mib_intern(mib, path, strlen(path)) : NULL;
    if (ipath != NULL)
        (void)index_add(mib, name, ipath);
}

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Index one directory in sorted order, as Net-SNMP 5.9 does (it reads
 * directories with scandir and alphasort): ALL loads modules in the
 * reverse of indexing order (its list is prepended), and which module
 * "owns" a node defined twice depends on that order. */
static void index_dir(struct sk_mib *mib, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **names = NULL, **v, path[4096];
    size_t n = 0, i;

    if (d == NULL)
        return;
    for (e = readdir(d); e != NULL; e = readdir(d)) {
        if (e->d_name[0] == '.')
            continue;
        v = realloc(names, (n + 1) * sizeof *v);
        if (v == NULL)
            break;
        names = v;
        names[n] = strdup(e->d_name);
        if (names[n] != NULL)
            n++;
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, name_cmp);
    for (i = 0; i < n; i++) {
        if ((size_t)snprintf(path, sizeof path, "%s/%s", dir, names[i]) <
            sizeof path)
            index_file(mib, path);
        free(names[i]);
    }
    free(names);
}

static void build_index(struct sk_mib *mib)
{
    char *dirs, *p, *colon;

    if (mib->indexed)
        return;
    mib->indexed = true;
    dirs = strdup(mib->dirs != NULL ? mib->dirs : "");
    if (dirs == NULL)
        return;
    for (p = dirs; p != NULL; p = colon) {
        colon = strchr(p, ':');
        if (colon != NULL)
            *colon++ = '\0';
        if (*p != '\0')
            index_dir(mib, p);
    }
    free(dirs);
}

struct mib_module *mib_module_find(struct sk_mib *mib, const char *name)
{
    struct mib_module *m;

    for (m = mib->mods; m != NULL; m = m->next)
        if (m->name == name)
            return m;
    return NULL;
}

struct mib_module *mib_module_new(struct sk_mib *mib, const char *name)
{
    struct mib_module *m = mib_alloc(&mib->arena, sizeof *m);

    if (m == NULL)
        return NULL;
    m->name = name;
    m->defs_tail = &m->defs;
    m->types_tail = &m->types;
    *mib->mods_tail = m;
    mib->mods_tail = &m->next;
    return m;
}

/* Net-SNMP's module_map: where names of withdrawn modules went.  TAG,
 * when set, must prefix the imported name. */
static const struct { const char *old, *repl, *tag; } replacements[] = {
    { "RFC1065-SMI", "RFC1155-SMI", NULL },
    { "RFC1066-MIB", "RFC1156-MIB", NULL },
    { "RFC1156-MIB", "RFC1158-MIB", NULL },
    { "RFC1158-MIB", "RFC1213-MIB", NULL },
    { "RFC1155-SMI", "SNMPv2-SMI", NULL },
    { "RFC1213-MIB", "SNMPv2-SMI", "mib-2" },
    { "RFC1213-MIB", "SNMPv2-MIB", "sys" },
    { "RFC1213-MIB", "IF-MIB", "if" },
    { "RFC1213-MIB", "IP-MIB", "ip" },
    { "RFC1213-MIB", "IP-MIB", "icmp" },
    { "RFC1213-MIB", "TCP-MIB", "tcp" },
    { "RFC1213-MIB", "UDP-MIB", "udp" },
    { "RFC1213-MIB", "SNMPv2-SMI", "transmission" },
    { "RFC1213-MIB", "SNMPv2-MIB", "snmp" },
    { "RFC1231-MIB", "TOKENRING-MIB", NULL },
    { "RFC1271-MIB", "RMON-MIB", NULL },
    { "RFC1286-MIB", "SOURCE-ROUTING-MIB", "dot1dSr" },
    { "RFC1286-MIB", "BRIDGE-MIB", NULL },
    { "RFC1315-MIB", "FRAME-RELAY-DTE-MIB", NULL },
    { "RFC1316-MIB", "CHARACTER-MIB", NULL },
    { "RFC1406-MIB", "DS1-MIB", NULL },
    { "RFC-1212", "SNMPv2-SMI", NULL },
    { "RFC-1215", "SNMPv2-SMI", NULL },
};

static const char *replacement(const char *name, const char *label)
{
    size_t i, n;

    for (i = 0; i < sizeof replacements / sizeof *replacements; i++) {
        n = replacements[i].tag ? strlen(replacements[i].tag) : 0;
        if (strcmp(name, replacements[i].old) == 0 &&
            (n == 0 || (label != NULL &&
                        strncmp(label, replacements[i].tag, n) == 0)))
            return replacements[i].repl;
    }
    return NULL;
}

/* Parse every module in PATH. */
static void load_file(struct sk_mib *mib, const char *path)
{
    size_t len;
    char *text;
    const char *ipath = mib_intern(mib, path, strlen(path));

    if (ipath == NULL || mib->depth >= MIB_MAXDEPTH)
        return;
    text = read_file(path, MIB_MAXFILE, &len);
    if (text == NULL)
        return;
    mib->depth++;
    mib_parse_file(mib, ipath, text, len);
    mib->depth--;
    free(text);
}

static void not_found(struct sk_mib *mib, const char *name, int line,
                      const char *from_file)
{
    if (!mib->path_reported)
        mib_diag(mib, "MIB search path: %s", mib->dirs ? mib->dirs : "");
    mib->path_reported = true;
    /* Net-SNMP does not repeat the message for the module it last
     * reported (its last_err_module) */
    if (mib->last_missing != name)
        mib_diag(mib, "Cannot find module (%s): At line %d in %s", name,
                 line, from_file);
    mib->last_missing = name;
}

struct mib_module *mib_module_get(struct sk_mib *mib, const char *name,
                                  const char *label, int line,
                                  const char *from_file)
{
    struct mib_module *m = mib_module_find(mib, name);
    const struct mib_dirent *e;
    const char *repl;

    if (m != NULL && m->state != MOD_NEW)
        return m;
    build_index(mib);
    e = mib->n_index_b > 0 ? index_slot(mib, name) : NULL;
    if (e == NULL || e->module == NULL) {
        repl = replacement(name, label);
        if (repl != NULL && mib_intern(mib, repl, strlen(repl)) != NULL)
            return mib_module_get(mib, mib_intern(mib, repl, strlen(repl)),
                                  label, line, from_file);
        not_found(mib, name, line, from_file);
        return NULL;
    }
    if (m == NULL)
        m = mib_module_new(mib, name);
    if (m == NULL)
        return NULL;
    load_file(mib, e->path);
    if (m->state == MOD_NEW) {          /* the file changed under us */
        not_found(mib, name, line, from_file);
        return NULL;
    }
    if (m->state == MOD_LOADED)
        mib_check_unlinked(mib, m);
    return m;
}

/* One entry of the module list: a module, a file path, or ALL. */
static void load_entry(struct sk_mib *mib, const char *entry)
{
    const char *name;
    size_t i;

    if (strcasecmp(entry, "ALL") == 0) {
        build_index(mib);
        for (i = mib->n_order; i > 0; i--)
            (void)mib_module_get(mib, mib->order[i - 1], NULL, 1, "(none)");
    } else if (strchr(entry, '/') != NULL) {
        load_file(mib, entry);
    } else {
        name = mib_intern(mib, entry, strlen(entry));
        if (name != NULL)
            (void)mib_module_get(mib, name, NULL, 1, "(none)");
    }
}

static void load_list(struct sk_mib *mib, const char *list, bool files)
{
    char *copy = strdup(list), *p, *colon;

    if (copy == NULL)
        return;
    for (p = copy; p != NULL; p = colon) {
        colon = strchr(p, ':');
        if (colon != NULL)
            *colon++ = '\0';
        if (*p == '\0')
            continue;
        if (files)
            load_file(mib, p);
        else
            load_entry(mib, p);
    }
    free(copy);
}

static int mib_init(struct sk_mib *mib, const struct sk_mib_cfg *cfg)
{
    mib->flags = cfg->flags;
    mib->mods_tail = &mib->mods;
    mib->n_sym_b = 16384;
    mib->defh = calloc(mib->n_sym_b, sizeof *mib->defh);
    mib->typeh = calloc(mib->n_sym_b, sizeof *mib->typeh);
    if (cfg->dirs != NULL)
        mib->dirs = strdup(cfg->dirs);
    if (mib->defh == NULL || mib->typeh == NULL ||
        (cfg->dirs != NULL && mib->dirs == NULL) ||
        mib_keywords_init(mib) < 0 || mib_tree_init(mib) < 0)
        return -1;
    return 0;
}

struct sk_mib *sk_mib_load(const struct sk_mib_cfg *cfg, struct sk_error *err)
{
    struct sk_mib *mib = calloc(1, sizeof *mib);

    if (mib == NULL || mib_init(mib, cfg) < 0) {
        sk_mib_free(mib);
        sk_error_set(err, SK_ERR_NOMEM, NULL);
        return NULL;
    }
    if (cfg->modules != NULL)
        load_list(mib, cfg->modules, false);
    if (cfg->files != NULL)
        load_list(mib, cfg->files, true);
    mib_link_all(mib);
    if (mib->oom) {
        sk_mib_free(mib);
        sk_error_set(err, SK_ERR_NOMEM, NULL);
        return NULL;
    }
    sk_error_clear(err);
    return mib;
}

void sk_mib_free(struct sk_mib *mib)
{
    size_t i;

    if (mib == NULL)
        return;
    mib_tree_free(mib);
    for (i = 0; i < mib->n_diags; i++)
        free(mib->diags[i]);
    free(mib->diags);
    free(mib->defh);
    free(mib->typeh);
    if (!mib->cached)
        free(mib->strs.b);
    if (mib->block != NULL)
        munmap(mib->block, mib->block_len);
    free(mib->dirs);
    free(mib->index);
    free(mib->order);
    free(mib->cfg_modules);
    free(mib->cfg_files);
    mib_arena_free(&mib->arena);
    free(mib);
}

int sk_mib_load_module(struct sk_mib *mib, const char *module)
{
    const char *name;
    struct mib_module *m;

    if (mib_uncache(mib) < 0)
        return -1;
    name = mib_intern(mib, module, strlen(module));
    if (name == NULL)
        return -1;
    m = mib_module_get(mib, name, NULL, 1, "(none)");
    mib_link_all(mib);
    return m != NULL && m->state == MOD_LOADED && !mib->oom ? 0 : -1;
}

bool sk_mib_has_module(const struct sk_mib *mib, const char *module)
{
    const char *name = mib_intern_find(mib, module);
    const struct mib_module *m;

    for (m = mib->mods; name != NULL && m != NULL; m = m->next)
        if (m->name == name)
            return m->state == MOD_LOADED;
    return false;
}
