/* test_conf.c - the snmp.conf line reader and search path. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "conf/conf.h"

struct seen {
    char log[2048];
    char warnings[1024];
};

static int handle(void *ctx, const char *section, const char *token,
                  const char *value, const char *file, int line,
                  struct sk_error *err)
{
    struct seen *s = ctx;
    size_t n = strlen(s->log);

    (void)file;
    if (strcmp(section, "snmp") != 0) {
        snprintf(s->log + n, sizeof s->log - n, "[%s]", section);
        n = strlen(s->log);
    }
    if (strcmp(token, "unknown") == 0)
        return 1;
    if (strcmp(token, "bad") == 0)
        return sk_error_set(err, SK_ERR_BAD_VALUE, "Bad integer value");
    snprintf(s->log + n, sizeof s->log - n, "%s=%s@%d;", token, value, line);
    return 0;
}

static void warn(void *ctx, const char *message)
{
    struct seen *s = ctx;
    size_t n = strlen(s->warnings);

    snprintf(s->warnings + n, sizeof s->warnings - n, "%s|", message);
}

static void write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "w");

    if (fp != NULL) {
        fputs(text, fp);
        fclose(fp);
    }
}

static void test_file(const char *dir)
{
    struct seen s = { "", "" };
    struct sk_conf_reader r = { .handle = handle, .warn = warn, .ctx = &s,
                                .section = "snmpapp" };
    struct sk_error err;
    char path[512], want[2048];

    snprintf(path, sizeof path, "%s/snmp.conf", dir);
    write_file(path, "# comment\n\n  defVersion   2c  \nunknown x\n"
                     "[other]\nskipped 1\n[snmp]\nbad 7\n"
                     "defCommunity  pub lic \n[snmpapp] one 1\n"
                     "[ snmp ]   two 2\n[other] three 3\n");
    CHECK(sk_conf_read_file(&r, path, &err) == 0);
    CHECK_STR(s.log, "defVersion=2c@3;defCommunity=pub lic@9;"
                     "[snmpapp]one=1@10;two=2@11;");
    snprintf(want, sizeof want,
             "%s: line 4: Warning: Unknown token: unknown.|"
             "%s: line 8: Error: Bad integer value|", path, path);
    CHECK_STR(s.warnings, want);
    CHECK(r.errors == 1);
    /* a missing file is not an error */
    snprintf(path, sizeof path, "%s/none.conf", dir);
    CHECK(sk_conf_read_file(&r, path, &err) == 0);
}

static void test_path_and_lines(const char *dir)
{
    struct seen s = { "", "" };
    struct sk_conf_reader r = { .handle = handle, .warn = warn, .ctx = &s,
                                .section = "snmpapp" };
    struct sk_error err;
    char path[512], confpath[1100];

    snprintf(path, sizeof path, "%s/snmp.local.conf", dir);
    write_file(path, "timeout 3\n");
    snprintf(path, sizeof path, "%s/snmpapp.conf", dir);
    write_file(path, "retries 2\n[snmp]\nport 3\n");
    snprintf(confpath, sizeof confpath, "/nonexistent:%s", dir);
    setenv("SNMPCONFPATH", confpath, 1);
    CHECK(sk_conf_load(&r, "snmpapp", "/also/not", &err) == 0);
    /* snmp.conf, then snmp.local.conf, then the app's file */
    CHECK_STR(s.log, "defVersion=2c@3;defCommunity=pub lic@9;"
                     "[snmpapp]one=1@10;two=2@11;timeout=3@1;"
                     "[snmpapp]retries=2@1;port=3@3;");
    s.log[0] = '\0';
    s.warnings[0] = '\0';
    CHECK(sk_conf_line(&r, "  hexOutputLength 4 ", &err) == 0);
    CHECK(sk_conf_line(&r, "unknown", &err) == 0);
    CHECK_STR(s.log, "hexOutputLength=4@0;");
    CHECK_STR(s.warnings, "(null): line 0: Warning: Unknown token: unknown.|");
}

int main(void)
{
    char dir[] = "/tmp/sk-test-conf-XXXXXX";

    if (mkdtemp(dir) == NULL)
        return 1;
    test_file(dir);
    test_path_and_lines(dir);
    CHECK(sk_conf_bool("Yes") == 1 && sk_conf_bool("off") == 0 &&
          sk_conf_bool("maybe") == -1);
    {
        char cmd[600];

        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        if (system(cmd) != 0)
            return 1;
    }
    return CHECK_DONE("test_conf");
}
