/* output.c - where snmptrapd's lines go (-Lf file, -Lo stdout, -Le
 * stderr, -Ls syslog).  Lines are written whole with one write so that
 * a crash or a concurrent reader never sees half a notification. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>

#include "snmptrapd/trapd.h"

int trapd_log_open(struct trapd_log *l)
{
    int fd, flags = O_WRONLY | O_CREAT | O_CLOEXEC;

    if (l->file_path == NULL)
        return 0;
    flags |= l->append ? O_APPEND : O_TRUNC;
    fd = open(l->file_path, flags, 0644);
    if (fd < 0)
        return -1;
    l->file = fdopen(fd, l->append ? "a" : "w");
    if (l->file == NULL) {
        close(fd);
        return -1;
    }
    /* Line buffering: each notification reaches the file at once. */
    setvbuf(l->file, NULL, _IOLBF, 0);
    return 0;
}

void trapd_log_close(struct trapd_log *l)
{
    if (l->file != NULL)
        fclose(l->file);
    l->file = NULL;
}

static void put(FILE *fp, const char *text, size_t len)
{
    if (fwrite(text, 1, len, fp) != len)
        clearerr(fp);
    fflush(fp);
}

void trapd_log_print(const struct trapd_log *l, const char *text, size_t len)
{
    if (l->file != NULL)
        put(l->file, text, len);
    if (l->to_stdout)
        put(stdout, text, len);
    if (l->to_stderr)
        put(stderr, text, len);
}

void trapd_log_syslog(const struct trapd_log *l, const char *text)
{
    if (l->to_syslog)
        syslog(LOG_WARNING, "%s", text);
}

void trapd_log_msg(const struct trapd_log *l, const char *fmt, ...)
{
    struct sk_buf b;
    va_list ap;
    char tmp[1024];
    int n;

    va_start(ap, fmt);
    n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    sk_buf_init(&b, sizeof tmp);
    if (sk_buf_adds(&b, tmp) == 0) {
        trapd_log_print(l, b.data, b.len);
        trapd_log_syslog(l, b.data);
    }
    sk_buf_clear(&b);
}
