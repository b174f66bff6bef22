/* handler.c - traphandle programs.  Each matching program gets
 * Net-SNMP's input on stdin: the sender's name, the transport, then one
 * "OID VALUE" line per varbind of the SNMPv2 form (RFC 3584 3.1 for v1
 * traps), values quick-printed.  Unlike Net-SNMP, which waits for each
 * program, the receive loop never waits: the input goes into an
 * anonymous memory file, the program runs in a child, and exited
 * children are reaped on the next turn of the loop.
 *
 * At most MAX_CHILDREN programs run at once.  Every run goes through a
 * queue (its command and input copied, so a reload cannot pull them
 * away) and is started at the next turn of the loop, at most BURST per
 * turn: starting a program costs far more than logging a notification,
 * and reading the socket comes first during a flood: while runs could
 * start, the loop polls without waiting.  SIGCHLD is blocked except
 * inside the loop's ppoll(), so a child's exit always cuts the wait
 * short and never lands between a check and the wait.  Only when
 * MAX_PENDING runs wait does the loop block in wait(): dropping a
 * notification's handler run would be worse than reading the socket a
 * little later. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "snmptrapd/trapd.h"

#define MAX_CHILDREN 256   /* programs running at once */
#define MAX_PENDING 4096   /* runs waiting for one of them to end */
#define BURST 16           /* runs started per turn of the loop */
#define IDLE_MS 1000       /* the loop's wait when nothing is due */

struct pending {
    char *command;
    char *text;
    size_t len;
};

static unsigned running;
static bool catching;
static sigset_t open_mask;  /* the mask before SIGCHLD was blocked */
static struct pending queue[MAX_PENDING]; /* a ring */
static size_t q_head, q_len;

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

/* Nothing to do: SIGCHLD exists to interrupt the loop's ppoll(). */
static void on_signal(int sig)
{
    (void)sig;
}

/* From the first run on: catch SIGCHLD, and block it outside ppoll(). */
static void catch_signals(void)
{
    struct sigaction sa;
    sigset_t chld;

    if (catching)
        return;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_NOCLDSTOP;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGCHLD, &sa, NULL);
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, &open_mask);
    sigdelset(&open_mask, SIGCHLD);
    catching = true;
}

/* Start COMMAND with TEXT on its stdin.  Every descriptor of ours is
 * close-on-exec, so the program gets stdin, stdout and stderr only; a
 * failed exec leaves with _exit(), flushing none of our stdio buffers
 * a second time.  (fork(), not posix_spawn(): glibc's waits for the
 * child's exec, which on a busy host costs far more than the copy.) */
static void spawn(const char *command, const char *text, size_t len)
{
    int fd = input_fd(text, len);
    pid_t pid;

    if (fd < 0)
        return;
    pid = fork();
    if (pid == 0) {
        sigprocmask(SIG_SETMASK, &open_mask, NULL);
        if (dup2(fd, STDIN_FILENO) < 0)
            _exit(127);
        execl("/bin/sh", "sh", "-c", command, (char *)NULL);
        _exit(127);
    }
    if (pid > 0)
        running++;
    close(fd);
}

/* Reap the children that have exited; with BLOCK, wait for one first.
 * ECHILD means none is left, whatever the count says. */
static void reap(bool block)
{
    pid_t pid;

    if (block && running > 0) {
        pid = wait(NULL);
        if (pid > 0)
            running--;
        else if (errno == ECHILD)
            running = 0;
    }
    for (;;) {
        if (running == 0)
            return;
        pid = waitpid(-1, NULL, WNOHANG);
        if (pid <= 0)
            break;
        running--;
    }
    if (pid < 0 && errno == ECHILD)
        running = 0;
}

/* Start up to MAX queued runs while there is room. */
static void start_pending(size_t max)
{
    size_t n;

    for (n = 0; n < max && q_len > 0 && running < MAX_CHILDREN; n++) {
        struct pending *p = &queue[q_head];

        spawn(p->command, p->text, p->len);
        free(p->command);
        free(p->text);
        memset(p, 0, sizeof *p);
        q_head = (q_head + 1) % MAX_PENDING;
        q_len--;
    }
    if (q_len == 0)
        q_head = 0;     /* touch only the ring's first pages when idle */
}

/* Queue a run of COMMAND with TEXT; when the queue is full, wait for
 * programs to end and start what they make room for. */
static void enqueue(const char *command, const char *text, size_t len)
{
    struct pending *p;

    catch_signals();
    while (q_len >= MAX_PENDING) {
        reap(true);
        start_pending(MAX_PENDING);
    }
    p = &queue[(q_head + q_len) % MAX_PENDING];
    p->command = strdup(command);
    p->text = malloc(len > 0 ? len : 1);
    if (p->command == NULL || p->text == NULL) {
        free(p->command);
        free(p->text);
        memset(p, 0, sizeof *p);
        return;                 /* out of memory: this run is lost */
    }
    if (len > 0)
        memcpy(p->text, text, len);
    p->len = len;
    q_len++;
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
            enqueue(h->command, in.data, in.len);
    }
    sk_buf_clear(&in);
}

int trapd_handlers_reap(const sigset_t **mask)
{
    reap(false);
    start_pending(BURST);
    *mask = catching ? &open_mask : NULL;
    return q_len > 0 && running < MAX_CHILDREN ? 0 : IDLE_MS;
}
