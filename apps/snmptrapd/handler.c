/* handler.c - traphandle programs.  Each matching program gets
 * Net-SNMP's input on stdin: the sender's name, the transport, then one
 * "OID VALUE" line per varbind of the SNMPv2 form (RFC 3584 3.1 for v1
 * traps), values quick-printed.  Unlike Net-SNMP, which waits for each
 * program, the receive loop never waits: the input goes into an
 * anonymous memory file, the program runs in a child, and exited
 * children are reaped on the next turn of the loop. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "snmptrapd/trapd.h"

#define MAX_CHILDREN 256  /* past this, wait for one before starting more */

static unsigned running;

bool trapd_match(const struct trapd_handler *h, const struct sk_oid *o)
{
    switch (h->match) {
    case TRAPD_EXACT:
        return sk_oid_cmp(o, &h->oid) == 0;
    case TRAPD_SUBTREE:
        return sk_oid_has_prefix(o, &h->oid);
    case TRAPD_BELOW:
        return o->len > h->oid.len && sk_oid_has_prefix(o, &h->oid);
    default:
        return false;
    }
}

/* A sealed-off file holding TEXT, positioned at its start, or -1. */
static int input_fd(const char *text, size_t len)
{
    int fd = memfd_create("snmptrapd", MFD_CLOEXEC);
    size_t off = 0;

    if (fd < 0)
        return -1;
    while (off < len) {
        ssize_t w = write(fd, text + off, len - off);

        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            close(fd);
            return -1;
        }
        off += (size_t)w;
    }
    if (lseek(fd, 0, SEEK_SET) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

static void spawn(const char *command, const char *text, size_t len)
{
    int fd = input_fd(text, len);
    pid_t pid;

    if (fd < 0)
        return;
    while (running >= MAX_CHILDREN && wait(NULL) > 0)
        running--;
    pid = fork();
    if (pid == 0) {
        if (dup2(fd, STDIN_FILENO) < 0)
            _exit(127);
        execl("/bin/sh", "sh", "-c", command, (char *)NULL);
        _exit(127);
    }
    if (pid > 0)
        running++;
    close(fd);
}

/* The handler input: format "execute" over the SNMPv2 form. */
static int build_input(const struct trapd_event *ev, struct sk_buf *out)
{
    const struct trapd *t = ev->t;
    struct sk_notification v2 = *ev->n;
    struct trapd_event e2 = *ev;
    struct sk_fmt_opts fo = t->fmt;
    bool v1 = ev->n->pdu->type == SK_PDU_TRAP_V1;
    const char *fmt = t->conf.fmt[v1 ? TRAPD_EXEC1 : TRAPD_EXEC2];

    if (fmt == NULL)
        fmt = "%B\\n%b\\n%V\\n%v\\n";
    v2.pdu = ev->n->v2;
    e2.n = &v2;
    fo.quick = true;
    return trapd_format(&e2, fmt, &fo, out);
}

bool trapd_specific(const struct trapd_conf *c, const struct sk_oid *o)
{
    size_t i;

    for (i = 0; i < c->nhandlers; i++)
        if (trapd_match(&c->handlers[i], o))
            return true;
    for (i = 0; i < c->nforwards; i++)
        if (trapd_match(&c->forwards[i], o))
            return true;
    return false;
}

void trapd_handlers_run(const struct trapd_event *ev)
{
    const struct trapd_conf *c = &ev->t->conf;
    const struct sk_oid *oid = &ev->n->trap_oid;
    struct sk_buf in;
    bool any = trapd_specific(c, oid);
    size_t i;

    if (c->nhandlers == 0)
        return;
    sk_buf_init(&in, SK_BUF_DEFAULT_MAX);
    if (build_input(ev, &in) < 0) {
        sk_buf_clear(&in);
        return;
    }
    /* "default" handlers run only when no other one matched */
    for (i = 0; i < c->nhandlers; i++) {
        const struct trapd_handler *h = &c->handlers[i];

        if (any ? trapd_match(h, oid) : h->match == TRAPD_DEFAULT)
            spawn(h->command, in.data, in.len);
    }
    sk_buf_clear(&in);
}

void trapd_handlers_reap(void)
{
    while (running > 0 && waitpid(-1, NULL, WNOHANG) > 0)
        running--;
}
