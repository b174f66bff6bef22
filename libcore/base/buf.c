/* buf.c - capped growable buffer. */
#include "base/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void sk_buf_init(struct sk_buf *b, size_t max)
{
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    b->max = max;
}

void sk_buf_clear(struct sk_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

void sk_buf_reset(struct sk_buf *b)
{
    b->len = 0;
    if (b->data != NULL)
        b->data[0] = '\0';
}

/* Make room for N more bytes plus the NUL. */
static int reserve(struct sk_buf *b, size_t n)
{
    size_t need, ncap;
    char *p;

    if (n > b->max || b->len > b->max - n)
        return -1;
    need = b->len + n + 1;
    if (need <= b->cap)
        return 0;
    ncap = b->cap != 0 ? b->cap : 64;
    while (ncap < need)
        ncap = ncap > SIZE_MAX / 2 ? need : ncap * 2;
    p = realloc(b->data, ncap);
    if (p == NULL)
        return -1;
    b->data = p;
    b->cap = ncap;
    return 0;
}

int sk_buf_add(struct sk_buf *b, const void *p, size_t n)
{
    if (reserve(b, n) < 0)
        return -1;
    if (n > 0)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int sk_buf_addc(struct sk_buf *b, char c)
{
    return sk_buf_add(b, &c, 1);
}

int sk_buf_adds(struct sk_buf *b, const char *s)
{
    return sk_buf_add(b, s, strlen(s));
}

int sk_buf_printf(struct sk_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || reserve(b, (size_t)n) < 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

int sk_buf_add_uint(struct sk_buf *b, uint64_t u)
{
    char digits[20];
    size_t n = sizeof digits;

    do {
        digits[--n] = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    return sk_buf_add(b, digits + n, sizeof digits - n);
}

int sk_buf_add_int(struct sk_buf *b, int64_t i)
{
    if (i >= 0)
        return sk_buf_add_uint(b, (uint64_t)i);
    if (sk_buf_addc(b, '-') < 0)
        return -1;
    /* negate in unsigned arithmetic: INT64_MIN has no positive twin */
    return sk_buf_add_uint(b, 0 - (uint64_t)i);
}

const char *sk_buf_str(const struct sk_buf *b)
{
    return b->data != NULL ? b->data : "";
}
