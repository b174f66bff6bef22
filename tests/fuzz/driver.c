/* driver.c - a main for the fuzz harnesses without libFuzzer, so that
 * the regression inputs (tests/fuzz/regressions/<name>/) and the seed
 * corpora run in the plain and sanitized builds too: each argument is a
 * file (or a directory of files) given once to LLVMFuzzerTestOneInput.
 * A crash is the sanitizer's report and a non-zero exit. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define DRIVER_MAX (1u << 20)   /* libFuzzer's default -max_len is lower */

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    uint8_t *buf;
    size_t n;

    if (f == NULL) {
        perror(path);
        return -1;
    }
    buf = malloc(DRIVER_MAX);
    if (buf == NULL) {
        fclose(f);
        return -1;
    }
    n = fread(buf, 1, DRIVER_MAX, f);
    fclose(f);
    /* an exact-size copy, so that ASan sees reads past the end */
    {
        uint8_t *copy = malloc(n > 0 ? n : 1);

        if (copy == NULL) {
            free(buf);
            return -1;
        }
        memcpy(copy, buf, n);
        free(buf);
        LLVMFuzzerTestOneInput(copy, n);
        free(copy);
    }
    return 0;
}

static int run_path(const char *path, int *count)
{
    struct stat st;
    struct dirent *de;
    DIR *d;
    char sub[4096];
    int rc = 0;

    if (stat(path, &st) != 0) {
        perror(path);
        return -1;
    }
    if (!S_ISDIR(st.st_mode)) {
        (*count)++;
        return run_file(path);
    }
    d = opendir(path);
    if (d == NULL) {
        perror(path);
        return -1;
    }
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        snprintf(sub, sizeof sub, "%s/%s", path, de->d_name);
        if (run_path(sub, count) < 0)
            rc = -1;
    }
    closedir(d);
    return rc;
}

int main(int argc, char **argv)
{
    int i, count = 0, rc = 0;

    for (i = 1; i < argc; i++)
        if (run_path(argv[i], &count) < 0)
            rc = 1;
    printf("%s: %d inputs run\n", argc > 0 ? argv[0] : "driver", count);
    return rc;
}
