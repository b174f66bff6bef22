/* fuzz_conf.c - libFuzzer entry for configuration files: the input,
 * after a mode byte, is written to a scratch file and read the way the
 * tools read theirs.  Even modes: snmp.conf through the apps' whole
 * configuration path (cli_parse: libcore's line reader, both passes of
 * apps/common/config.c, -O/-I/-P letters, the v3 def* directives, MIB
 * loading from an empty directory); odd modes: snmptrapd.conf through
 * apps/snmptrapd/conf.c.  Seeds: tests/fuzz/corpus/conf. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/cli.h"
#include "snmptrapd/trapd.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64], mibdir[80], snmp_path[96], trapd_path[96];

static void cleanup(void)
{
    rmdir(mibdir);
    rmdir(dir);
}

static int setup(void)
{
    if (dir[0] != '\0')
        return 0;
    snprintf(dir, sizeof dir, "%s", "/tmp/sk_fuzz_conf.XXXXXX");
    if (mkdtemp(dir) == NULL)
        return -1;
    snprintf(mibdir, sizeof mibdir, "%s/mibs", dir);
    snprintf(snmp_path, sizeof snmp_path, "%s/snmp.conf", dir);
    snprintf(trapd_path, sizeof trapd_path, "%s/trapd.conf", dir);
    /* no MIB modules to find, nothing from the machine's config */
    if (mkdir(mibdir, 0700) != 0)
        return -1;
    atexit(cleanup);
    setenv("SNMPCONFPATH", dir, 1);
    setenv("HOME", dir, 1);
    setenv("MIBDIRS", mibdir, 1);
    /* the MIB cache has its own harness (fuzz_mibcache) and would leave
     * files behind in the scratch HOME and make runs depend on order */
    setenv("SNMPKIT_MIB_CACHE", "off", 1);
    unsetenv("MIBS");
    unsetenv("MIBFILES");
    return 0;
}

static int write_file(const char *path, const uint8_t *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    size_t w;

    if (f == NULL)
        return -1;
    w = fwrite(p, 1, n, f);
    if (fclose(f) != 0 || w != n)
        return -1;
    return 0;
}

static void snmp_conf(void)
{
    static const struct cli_app app = {
        .name = "snmpget", .usage_args = "AGENT OID [OID]...",
        .default_port = 161,
    };
    char *argv[] = {
        (char *)"snmpget", (char *)"127.0.0.1", (char *)"1.3.6.1", NULL,
    };
    struct cli_opts o;

    (void)cli_parse(&app, 3, argv, &o);
    cli_opts_free(&o);
}

static void trapd_conf(void)
{
    struct trapd t;

    memset(&t, 0, sizeof t);
    t.opts.no_default_conf = true;
    t.opts.conf_files[0] = trapd_path;
    t.opts.nconf = 1;
    (void)trapd_conf_load(&t);
    trapd_conf_free(&t.conf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || setup() < 0)
        return 0;
    if ((data[0] & 1) == 0) {
        if (write_file(snmp_path, data + 1, size - 1) == 0)
            snmp_conf();
        unlink(snmp_path);
    } else {
        if (write_file(trapd_path, data + 1, size - 1) == 0)
            trapd_conf();
        unlink(trapd_path);
    }
    return 0;
}
