/* snmptrapd - receive SNMP notifications and log them, run programs for
 * them, and acknowledge informs, as Net-SNMP's snmptrapd(8) does.
 * main.c: the command line, the daemon's life cycle and its signals. */
#include "config.h"

#include <popt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "common/cli.h"
#include "snmptrapd/trapd.h"

static volatile sig_atomic_t stop_flag, reload_flag;

static void on_signal(int sig)
{
    if (sig == SIGHUP)
        reload_flag = 1;
    else
        stop_flag = 1;
}

static void usage(void)
{
    fprintf(stderr,
            "Usage: snmptrapd [OPTIONS] [LISTENING ADDRESSES]\n\n"
            "  -a\t\t\tignore authentication failure traps\n"
            "  -A\t\t\tappend to log file rather than truncating it\n"
            "  -c FILE\t\tread FILE as a configuration file\n"
            "  -C\t\t\tdo not read the default configuration files\n"
            "  -f\t\t\tdo not fork from the shell\n"
            "  -F FORMAT\t\tuse specified format for logging to standard"
            " error\n"
            "  -h, --help\t\tdisplay this usage message\n"
            "  -L <LOGOPTS>\t\ttoggle options controlling where to log to\n"
            "  -m MIBLIST\t\tuse MIBLIST instead of the default MIB list\n"
            "  -M DIRLIST\t\tuse DIRLIST as the list of locations to look"
            " for MIBs\n"
            "  -n\t\t\tuse numeric addresses instead of attempting\n"
            "\t\t\t  hostname lookups (no DNS)\n"
            "  -O <OUTOPTS>\t\ttoggle options controlling output display\n"
            "  -p FILE\t\tstore process id in FILE\n"
            "  -t\t\t\tPrevent traps from being logged to syslog\n"
            "  -v, --version\t\tdisplay version information\n");
}

/* Words some -L forms take after the letter group (-Lf FILE, -LF PRI
 * FILE, -Ls FAC, -LS PRI FAC): how many, and where the last goes. */
struct log_pending {
    int words;
    char letter;
};

/* -L: o stdout, e stderr, f FILE, F PRI FILE, s FACILITY, S PRI FAC,
 * n nowhere.  A word that is not attached comes next on the command
 * line (see take_words).  Returns -1 on an unknown letter. */
static int log_option(struct trapd_opts *o, const char *a,
                      struct log_pending *pend)
{
    struct trapd_log *l = &o->log;
    int need = a[0] == 'F' || a[0] == 'S' ? 2 : 1;

    switch (a[0]) {
    case 'o': case 'O': l->to_stdout = true; return 0;
    case 'e': case 'E': l->to_stderr = true; return 0;
    case 'n': l->to_syslog = false; return 0;
    case 'f': case 'F': case 's': case 'S':
        if (a[0] == 's' || a[0] == 'S')
            l->to_syslog = true;
        if (a[1] != '\0')
            need--;                     /* the first word is attached */
        if (need == 0 && a[0] == 'f')
            l->file_path = strdup(a + 1);
        pend->words = need;
        pend->letter = a[0];
        return 0;
    default:
        return -1;
    }
}

/* Give the words that followed a pending -L option to it, and the rest
 * to the listening addresses.  W is kept by popt until poptFreeContext,
 * so it is copied. */
static void take_word(struct trapd_opts *o, struct log_pending *pend,
                      const char *w)
{
    if (pend->words > 0) {
        if (--pend->words == 0 && (pend->letter == 'f' ||
                                   pend->letter == 'F'))
            o->log.file_path = strdup(w);
        return;
    }
    if (o->naddrs < TRAPD_MAX_ADDRS)
        o->addrs[o->naddrs++] = strdup(w);
}

static int withdrawn(int c)
{
    fprintf(stderr, "Warning: -%c option has been withdrawn; use %s "
            "instead\n", c, c == 'P' ? "-f -Le" : c == 'o' ? "-Lf <file>"
            : c == 's' ? "-Lsd" : "-Ls <facility>");
    return 1;
}

static const struct poptOption trapd_table[] = {
    { "help", 'h', POPT_ARG_NONE, NULL, 'h', NULL, NULL },
    { "version", 'v', POPT_ARG_NONE, NULL, 'v', NULL, NULL },
#define FLAG(c) { NULL, c, POPT_ARG_NONE, NULL, c, NULL, NULL }
#define ARG(c) { NULL, c, POPT_ARG_STRING, NULL, c, NULL, NULL }
    FLAG('a'), FLAG('A'), FLAG('C'), FLAG('d'), FLAG('f'), FLAG('H'),
    FLAG('n'), FLAG('o'), FLAG('P'), FLAG('s'), FLAG('S'), FLAG('t'),
    FLAG('V'), FLAG('X'),
    ARG('c'), ARG('F'), ARG('g'), ARG('I'), ARG('L'), ARG('m'), ARG('M'),
    ARG('O'), ARG('p'), ARG('u'), ARG('x'),
    { NULL, 'D', POPT_ARG_STRING | POPT_ARGFLAG_OPTIONAL, NULL, 'D', NULL,
      NULL },
#undef FLAG
#undef ARG
    POPT_TABLEEND
};

/* An option given again replaces its earlier value. */
static void replace(char **dst, const char *arg)
{
    free(*dst);
    *dst = strdup(arg);
}

/* One option; ARG is owned by the caller.  Returns -1 to go on, else
 * the exit code. */
static int one_option(struct trapd_opts *o, int c, const char *arg,
                      struct log_pending *pend)
{
    switch (c) {
    case 'a': o->ignore_auth_failure = true; break;
    case 'A': o->log.append = true; break;
    case 'c':
        if (o->nconf < 16)
            o->conf_files[o->nconf++] = strdup(arg);
        break;
    case 'C': o->no_default_conf = true; break;
    case 'f': o->foreground = true; break;
    case 'F': replace(&o->print_fmt, arg); break;
    case 'h': usage(); return 0;
    case 'H': return 0;
    case 'L':
        if (log_option(o, arg, pend) < 0) {
            usage();
            return 1;
        }
        break;
    case 'm': replace(&o->mibs, arg); break;
    case 'M': replace(&o->mibdirs, arg); break;
    case 'n': o->numeric = true; break;
    case 'O': replace(&o->out_letters, arg); break;
    case 'p': replace(&o->pidfile, arg); break;
    case 't': o->no_syslog = true; break;
    case 'v': case 'V':
        fprintf(stderr, "NET-SNMP version: %s\n", TRAPD_VERSION);
        return 0;
    case 'P': case 'o': case 's': case 'S': return withdrawn(c);
    default:
        break;                  /* -d -D -g -u -I -x -X: accepted */
    }
    return -1;
}

/* popt does the parsing; words that are not options are, in order, the
 * pending -L words and then the listening addresses.  The strings kept
 * live as long as the process (they are few). */
static int parse_args(struct trapd_opts *o, int argc, char **argv)
{
    struct log_pending pend = { 0, 0 };
    poptContext con;
    const char *w;
    int c, rc = -1;

    con = poptGetContext("snmptrapd", argc, (const char **)argv,
                         trapd_table, 0);
    for (c = poptGetNextOpt(con); c > 0 && rc == -1;
         c = poptGetNextOpt(con)) {
        char *arg = poptGetOptArg(con);

        for (w = poptGetArg(con); w != NULL; w = poptGetArg(con))
            take_word(o, &pend, w);
        rc = one_option(o, c, arg != NULL ? arg : "", &pend);
        free(arg);
    }
    if (rc == -1 && c < -1) {
        usage();
        rc = 1;
    }
    for (w = poptGetArg(con); rc == -1 && w != NULL; w = poptGetArg(con))
        take_word(o, &pend, w);
    if (rc == -1 && pend.words > 0) {
        usage();
        rc = 1;
    }
    poptFreeContext(con);
    return rc;
}

/* MIBs through the shared loader: -m/-M over snmp.conf's mibs lines
 * (snmptrapd.conf has no say, as in Net-SNMP). */
static void load_mibs(struct trapd *t)
{
    struct cli_opts co;

    memset(&co, 0, sizeof co);
    co.prog = "snmptrapd";
    co.mibs = t->opts.mibs;
    co.mibdirs = t->opts.mibdirs;
    if (t->conf.mibs != NULL)
        co.conf_mib[0][co.n_conf_mib[0]++] = t->conf.mibs;
    if (t->conf.mibdirs != NULL)
        co.conf_mib[1][co.n_conf_mib[1]++] = t->conf.mibdirs;
    if (cli_mib_load(&co) == 0)
        t->mib = co.mib;
}

/* Configuration and output settings: at start and on SIGHUP. */
static void configure(struct trapd *t)
{
    bool consumed;
    char bad;

    trapd_conf_load(t);
    t->fmt = t->conf.fmt_opts;
    if (t->opts.out_letters != NULL)
        sk_fmt_opts_apply(&t->fmt, t->opts.out_letters, NULL, &consumed,
                          &bad);
    if (t->opts.no_syslog)
        t->opts.log.to_syslog = false;
    trapd_usm_setup(t);
}

/* Every listening address: arguments, else snmpTrapdAddr, else
 * udp:162; each may be a comma-separated list. */
static size_t collect_addrs(const struct trapd *t, char *buf, size_t cap,
                            const char **specs, size_t max)
{
    struct sk_buf all;
    size_t n = 0, i;
    char *save = NULL, *tok;
    int rc = 0;

    sk_buf_init(&all, cap - 1);
    for (i = 0; i < (size_t)t->opts.naddrs; i++)
        rc |= sk_buf_printf(&all, "%s,", t->opts.addrs[i]);
    for (i = 0; i < t->conf.naddrs; i++)
        rc |= sk_buf_printf(&all, "%s,", t->conf.addrs[i]);
    if (all.len == 0)
        rc |= sk_buf_adds(&all, "udp:162");
    snprintf(buf, cap, "%s", rc == 0 ? sk_buf_str(&all) : "udp:162");
    sk_buf_clear(&all);
    for (tok = strtok_r(buf, ",", &save); tok != NULL && n < max;
         tok = strtok_r(NULL, ",", &save))
        specs[n++] = tok;
    return n;
}

static void daemonize(void)
{
    pid_t pid = fork();

    if (pid < 0)
        return;
    if (pid > 0)
        _exit(0);
    setsid();
    if (freopen("/dev/null", "r", stdin) == NULL)
        return;
}

static void write_pidfile(const char *path)
{
    FILE *fp;

    if (path == NULL)
        return;
    fp = fopen(path, "w");
    if (fp == NULL)
        return;
    fprintf(fp, "%ld\n", (long)getpid());
    fclose(fp);
}

static void handle_signals(void)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    /* no SA_RESTART: poll() must return so the loop sees the flag */
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

static void log_stopped(const struct trapd_log *l)
{
    time_t now = time(NULL);
    struct tm tm;
    char stamp[32];

    localtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
    trapd_log_msg(l, "%s NET-SNMP version %s Stopped.\n", stamp,
                  TRAPD_VERSION);
    trapd_log_msg(l, "Stopping snmptrapd\n");
    /* Net-SNMP leaves an empty line when it closes a log file */
    if (l->file != NULL)
        trapd_log_print(&(struct trapd_log){ .file = l->file }, "\n", 1);
}

static void warn_no_access(const struct trapd *t)
{
    const char *home = getenv("HOME");

    if (t->conf.have_access)
        return;
    trapd_log_msg(&t->opts.log,
                  "Warning: no access control information configured.\n"
                  "  (Config search path: %s:%s/.snmp)\n"
                  "This receiver will *NOT* accept any incoming "
                  "notifications.\n", SK_SYSCONFDIR,
                  home != NULL ? home : "");
}

/* SIGHUP, as Net-SNMP: close the log (a file gets its empty closing
 * line), reopen it, say so, then read the configuration again (its
 * complaints follow). */
static void reload(struct trapd *t)
{
    reload_flag = 0;
    if (t->opts.log.file != NULL)
        trapd_log_print(&(struct trapd_log){ .file = t->opts.log.file },
                        "\n", 1);
    trapd_log_close(&t->opts.log);
    t->opts.log.append = true;  /* reopen, never truncate our own log */
    trapd_log_open(&t->opts.log);
    trapd_log_msg(&t->opts.log, "NET-SNMP version %s restarted\n",
                  TRAPD_VERSION);
    trapd_conf_free(&t->conf);
    configure(t);
}

static int serve(struct trapd *t)
{
    static char addrbuf[4096];
    const char *specs[TRAPD_MAX_ADDRS * 4];
    size_t n = collect_addrs(t, addrbuf, sizeof addrbuf, specs,
                             sizeof specs / sizeof specs[0]);
    struct trapd_rx *rx = trapd_rx_open(specs, n, &t->opts.log);

    if (rx == NULL)
        return 1;
    if (!t->opts.foreground && !t->conf.no_fork)
        daemonize();
    write_pidfile(t->opts.pidfile != NULL ? t->opts.pidfile
                                          : t->conf.pidfile);
    trapd_log_msg(&t->opts.log, "NET-SNMP version %s\n", TRAPD_VERSION);
    while (!stop_flag) {
        trapd_rx_run(rx, t, &stop_flag, &reload_flag);
        if (reload_flag)
            reload(t);
    }
    log_stopped(&t->opts.log);
    trapd_rx_free(rx);
    return 0;
}

int main(int argc, char **argv)
{
    static struct trapd t;
    int rc;

    rc = parse_args(&t.opts, argc, argv);
    if (rc >= 0)
        return rc;
    if (!t.opts.log.to_stdout && !t.opts.log.to_stderr &&
        t.opts.log.file_path == NULL)
        t.opts.log.to_syslog = true;
    if (t.opts.log.to_syslog)
        openlog("snmptrapd", LOG_PID, LOG_DAEMON);
    if (trapd_log_open(&t.opts.log) < 0) {
        fprintf(stderr, "snmptrapd: cannot open %s\n", t.opts.log.file_path);
        return 1;
    }
    handle_signals();
    trapd_conf_premib(&t);
    load_mibs(&t);
    trapd_conf_free(&t.conf);
    configure(&t);
    warn_no_access(&t);
    rc = serve(&t);
    if (t.opts.pidfile != NULL)
        unlink(t.opts.pidfile);
    trapd_log_close(&t.opts.log);
    trapd_conf_free(&t.conf);
    sk_notify_usm_free(t.usm);
    sk_mib_free(t.mib);
    return rc;
}
