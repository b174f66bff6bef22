/* trapd.h - what the parts of snmptrapd share: the configuration read
 * from the command line and snmptrapd.conf, the log outputs, and one
 * received notification with where it came from. */
#ifndef SK_TRAPD_H
#define SK_TRAPD_H

#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <sys/socket.h>

#include "snmpkit.h"

#define TRAPD_VERSION "5.9.3"   /* the Net-SNMP release we answer as */
#define TRAPD_MAX_ADDRS 32

/* What a notification may trigger (trapd_authorize's answer). */
#define TRAPD_LOG 1u
#define TRAPD_EXECUTE 2u
#define TRAPD_NET 4u

/* The VACM of the receiver (RFC 3415 and Net-SNMP's extension of it):
 * view types in Net-SNMP's order, so that TYPES words map to bits. */
enum trapd_viewtype { TRAPD_V_READ, TRAPD_V_WRITE, TRAPD_V_NOTIFY,
                      TRAPD_V_LOG, TRAPD_V_EXECUTE, TRAPD_V_NET,
                      TRAPD_NVIEWS };
#define TRAPD_VACM_STR 34       /* Net-SNMP's VACMSTRINGLEN */
/* securityModel values (RFC 3411): any, SNMPv1, SNMPv2c, USM */
enum trapd_model { TRAPD_M_ANY, TRAPD_M_V1, TRAPD_M_V2C, TRAPD_M_USM };
enum trapd_ctx_match { TRAPD_CTX_EXACT = 1, TRAPD_CTX_PREFIX = 2 };

/* vacmViewTreeFamilyEntry; the subtree is resolved once MIBs are
 * loaded (TEXT, FILE and LINE kept for the error message). */
struct trapd_view {
    char *name;
    char *text, *mask_text;     /* as written; mask_text may be NULL */
    char *file;
    int line;
    bool ok;                    /* resolved without error */
    bool excluded;
    struct sk_oid subtree;
    uint8_t mask[TRAPD_VACM_STR];
    size_t mask_len;
};

/* com2sec, com2sec6, com2secunix (made by authCommunity): community
 * and source network to a securityName and contextName. */
struct trapd_com2sec {
    char *secname, *community, *context;
    int family;                 /* AF_INET, AF_INET6 or AF_UNIX */
    uint8_t net[16], mask[16];
    bool negate;                /* "!SOURCE": a match means no name */
};

struct trapd_group {            /* vacmSecurityToGroupEntry */
    int model;
    char *secname, *group;
};

struct trapd_access {           /* vacmAccessEntry */
    char *group, *context;
    int model, level, match;
    char views[TRAPD_NVIEWS][TRAPD_VACM_STR];
};

struct trapd_vacm {
    struct trapd_view *views;
    size_t nviews;
    struct trapd_com2sec *coms;
    size_t ncoms;
    struct trapd_group *groups;
    size_t ngroups;
    struct trapd_access *access;    /* kept in Net-SNMP's order */
    size_t naccess;
    int count;                  /* authCommunity/authUser lines so far */
    bool configured;            /* any group or access row */
};

enum trapd_match { TRAPD_EXACT, TRAPD_SUBTREE, TRAPD_BELOW, TRAPD_DEFAULT };

/* One createUser line; the keys are derived once the whole
 * configuration (and so the local engine ID) is known. */
struct trapd_user {
    uint8_t engine_id[32];
    size_t engine_id_len;   /* 0: the local engine */
    char *name;
    enum sk_auth_proto auth;
    enum sk_usm_secret auth_kind;
    uint8_t *auth_secret;
    size_t auth_secret_len;
    enum sk_priv_proto priv;
    enum sk_usm_secret priv_kind;
    uint8_t *priv_secret;
    size_t priv_secret_len;
};

struct trapd_handler {
    enum trapd_match match;
    struct sk_oid oid;
    char *command;          /* run with /bin/sh -c */
};

/* Indexes of the per-destination formats ("format print1 ..."). */
enum trapd_fmt { TRAPD_PRINT1, TRAPD_PRINT2, TRAPD_SYSLOG1, TRAPD_SYSLOG2,
                 TRAPD_EXEC1, TRAPD_EXEC2, TRAPD_NFMT };

struct trapd_conf {
    struct trapd_vacm vacm;
    struct trapd_handler *handlers;
    size_t nhandlers;
    struct trapd_handler *forwards; /* command: the destination */
    size_t nforwards;
    char *fmt[TRAPD_NFMT];      /* NULL: Net-SNMP's default */
    char *addrs[TRAPD_MAX_ADDRS]; /* snmpTrapdAddr */
    size_t naddrs;
    char *pidfile;
    char *mibs, *mibdirs;       /* snmp.conf's, for the MIB loader */
    bool disable_auth, no_log, no_fork, ignore_auth_failure;
    bool have_access;           /* any authCommunity/authUser/disable */
    bool add_forwarder_info;    /* addForwarderInfo */
    struct sk_fmt_opts fmt_opts;
    char *log_option;           /* logOption, applied like -L */
    struct trapd_user *users;   /* createUser lines */
    size_t nusers;
    uint8_t engine_id[32];      /* engineID / oldEngineID, if given */
    size_t engine_id_len;
};

/* The log destinations (-L). */
struct trapd_log {
    FILE *file;                 /* -Lf, or NULL */
    char *file_path;
    bool append;                /* -A */
    bool to_stdout, to_stderr, to_syslog;
    int facility;               /* LOG_DAEMON unless -Ls */
};

/* Command-line settings that survive a SIGHUP reload. */
struct trapd_opts {
    bool foreground, no_default_conf, numeric, ignore_auth_failure;
    bool no_syslog;
    const char *conf_files[16];
    int nconf;
    char *pidfile;              /* the last of each option counts */
    char *print_fmt;            /* -F */
    char *out_letters;          /* -O */
    char *mibs, *mibdirs;
    const char *addrs[TRAPD_MAX_ADDRS];
    int naddrs;
    struct trapd_log log;
};

/* Where a notification came from, for %b / %B and the Response. */
struct trapd_origin {
    int fd;                     /* reply socket */
    bool stream;
    int family;                 /* AF_INET, AF_INET6, AF_UNIX */
    struct sockaddr_storage src;
    socklen_t srclen;
    struct sockaddr_storage dst;  /* UDP/IPv4 only */
    bool have_dst;
    const char *unix_path;      /* listening path, AF_UNIX */
};

struct trapd {
    struct trapd_opts opts;
    struct trapd_conf conf;
    struct sk_mib *mib;
    struct sk_fmt_opts fmt;     /* defaults + outputOption + -O */
    uint8_t engine_id[32];      /* generated at start, kept on SIGHUP */
    size_t engine_id_len;
    int64_t start_us;           /* snmpEngineTime 0 */
    struct sk_usm_recv *usm;    /* v3 users and clocks; NULL: no v3 */
};

/* conf.c: snmp.conf's MIB choice alone (before the MIBs load, as
 * Net-SNMP's pre-MIB pass), then everything. */
void trapd_conf_premib(struct trapd *t);
int trapd_conf_load(struct trapd *t);
void trapd_conf_free(struct trapd_conf *c);

/* usm.c: createUser, engineID and oldEngineID lines; the USM of T
 * built from them (after each configuration load). */
int trapd_create_user(struct trapd_conf *c, const char *v,
                      const struct trapd_log *log, struct sk_error *err);
int trapd_engine_id(struct trapd_conf *c, const char *token, const char *v,
                    struct sk_error *err);
void trapd_usm_setup(struct trapd *t);
void trapd_users_free(struct trapd_conf *c);
int64_t trapd_now_us(void);     /* monotonic clock */

/* output.c */
int trapd_log_open(struct trapd_log *l);
void trapd_log_close(struct trapd_log *l);
/* Write TEXT (LEN bytes) to the print destinations (file/stdout/stderr). */
void trapd_log_print(const struct trapd_log *l, const char *text, size_t len);
/* Write TEXT to syslog when that is a destination. */
void trapd_log_syslog(const struct trapd_log *l, const char *text);
/* A message line for every destination (startup, warnings). */
void trapd_log_msg(const struct trapd_log *l, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* format.c (trapd_event_init: dispatch.c) */
struct trapd_event {
    const struct trapd *t;
    const struct sk_notification *n;
    const struct trapd_origin *from;
    char addr[256];             /* %b */
};
void trapd_event_init(struct trapd_event *ev, const struct trapd *t,
                      const struct sk_notification *n,
                      const struct trapd_origin *from);
/* hostcache.c: the name of the host at SA (cached a minute, failures
 * too), or NULL; and %B's text for EV ("<UNKNOWN>" when unnamed). */
const char *trapd_host_lookup(const struct sockaddr *sa, socklen_t len);
const char *trapd_event_host(const struct trapd_event *ev);
int trapd_format(const struct trapd_event *ev, const char *fmt,
                 const struct sk_fmt_opts *fo, struct sk_buf *out);
int trapd_format_v1(const struct trapd_event *ev, struct sk_buf *out);

/* handler.c */
void trapd_handlers_run(const struct trapd_event *ev);
/* Whether H's OID pattern (not "default") matches trap OID O, and
 * whether any traphandle or forward line does: "default" lines of
 * either kind run only when none does, as in Net-SNMP, where both share
 * one table. */
bool trapd_match(const struct trapd_handler *h, const struct sk_oid *o);
bool trapd_specific(const struct trapd_conf *c, const struct sk_oid *o);

/* forward.c: send the notification of EV to each matching "forward"
 * destination, as it came (v1 stays v1, RFC 3584 2.1 does not apply to
 * a forwarder that keeps versions), with snmpTrapAddress added under
 * addForwarderInfo. */
void trapd_forward_run(const struct trapd_event *ev);
/* handler.c: reap exited handlers and start queued ones; each turn of
 * the receive loop.  Returns how long (ms) the loop's ppoll() may wait,
 * with *MASK the signal mask to wait under (NULL: the current one). */
int trapd_handlers_reap(const sigset_t **mask);

/* forward_tcp.c, stream destinations (tcp:, tcp6:, unix:): one kept
 * non-blocking connection each (at most TRAPD_FWD_MAX), with a bounded
 * output queue.  trapd_forward_stream queues MSG for DEST (address A)
 * and sends what it can; trapd_forward_flush moves queued bytes on,
 * never waiting.
 * trapd_forward_pollfds fills up to MAX entries of P with those
 * sockets (POLLOUT) and returns how many, for a poll() to wake on. */
#define TRAPD_FWD_MAX 64
struct pollfd;
struct sk_addr;
void trapd_forward_stream(const struct trapd_log *log, const char *dest,
                          const struct sk_addr *a, const uint8_t *msg,
                          size_t len);
void trapd_forward_flush(void);
size_t trapd_forward_pollfds(struct pollfd *p, size_t max);

/* view.c: the TRAPD_* types granted to N from FROM (0: drop it). */
unsigned trapd_authorize(const struct trapd *t,
                         const struct sk_notification *n,
                         const struct trapd_origin *from);

/* com2sec.c: the rows of one authCommunity line (SOURCE "default",
 * [!]HOST[/BITS|/MASK]; faults reported), and the row a notification
 * from FROM with COMMUNITY[0..LEN) maps to (NULL: none). */
void trapd_com2sec_add(struct trapd *t, const char *file, int line,
                       const char *secname, const char *community,
                       const char *source, const char *context);
const struct trapd_com2sec *trapd_com2sec_find(const struct trapd_vacm *m,
                                               const uint8_t *community,
                                               size_t len,
                                               const struct trapd_origin *from);

/* vacm_conf.c: the VACM directives of snmptrapd.conf(5) and
 * snmpd.conf(5).  1: TOKEN is not one of them. */
int trapd_vacm_directive(struct trapd *t, const char *token,
                         const char *v, const char *file, int line);
void trapd_vacm_init(struct trapd_vacm *m);
/* Resolve the view subtrees not yet resolved with T's MIBs, reporting
 * bad ones (each view line does, once read). */
void trapd_vacm_resolve(struct trapd *t);
void trapd_vacm_free(struct trapd_vacm *m);
/* Report a bad line as Net-SNMP's config_perror() does. */
void trapd_conf_error(const struct trapd *t, const char *file, int line,
                      const char *msg);

/* view.c: RFC 3415 3.2 for one name: the access row granting SECNAME
 * under MODEL at LEVEL in CONTEXT (NULL: none), and whether OID is in
 * the view called NAME (vacmViewTreeFamilyTable, longest match). */
const struct trapd_group *trapd_group_find(const struct trapd_vacm *m,
                                           int model, const char *secname);
struct trapd_access *trapd_access_find(const struct trapd_vacm *m,
                                       const char *group,
                                       const char *context, int model,
                                       int level);
bool trapd_in_view(const struct trapd_vacm *m, const char *name,
                   const struct sk_oid *oid);

/* dispatch.c */
void trapd_dispatch(const struct trapd *t, const uint8_t *p, size_t n,
                    const struct trapd_origin *from);

/* receive.c */
struct trapd_rx;
struct trapd_rx *trapd_rx_open(const char *const *specs, size_t n,
                               const struct trapd_log *log);
void trapd_rx_free(struct trapd_rx *rx);
/* Serve until *STOP or *RELOAD is set. */
void trapd_rx_run(struct trapd_rx *rx, const struct trapd *t,
                  volatile sig_atomic_t *stop,
                  volatile sig_atomic_t *reload);

#endif
