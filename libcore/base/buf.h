/* buf.h - a growable byte/text buffer with a hard size cap (after curl's
 * dynbuf).  Contents are always NUL-terminated after a successful add. */
#ifndef SK_BASE_BUF_H
#define SK_BASE_BUF_H

#include <stddef.h>
#include <stdint.h>

#define SK_BUF_DEFAULT_MAX (1024u * 1024u)

struct sk_buf {
    char *data;   /* NUL-terminated when non-NULL; owned */
    size_t len;   /* bytes used, excluding the NUL */
    size_t cap;   /* bytes allocated */
    size_t max;   /* hard cap on len; exceeding it fails with SK_ERR_TOO_LONG */
};

/* Start an empty buffer that may grow to MAX bytes.  No allocation. */
void sk_buf_init(struct sk_buf *b, size_t max);
/* Release the memory; the buffer is empty and reusable afterwards. */
void sk_buf_clear(struct sk_buf *b);
/* Empty the buffer but keep its memory. */
void sk_buf_reset(struct sk_buf *b);

/* Append; on failure (cap exceeded or no memory) returns -1 and the
 * buffer keeps its previous contents. */
int sk_buf_add(struct sk_buf *b, const void *p, size_t n)
    __attribute__((warn_unused_result));
int sk_buf_addc(struct sk_buf *b, char c) __attribute__((warn_unused_result));
int sk_buf_adds(struct sk_buf *b, const char *s)
    __attribute__((warn_unused_result));
int sk_buf_printf(struct sk_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3), warn_unused_result));

/* Append U / I in decimal: the hot path of walks, without printf. */
int sk_buf_add_uint(struct sk_buf *b, uint64_t u)
    __attribute__((warn_unused_result));
int sk_buf_add_int(struct sk_buf *b, int64_t i)
    __attribute__((warn_unused_result));

/* The text so far; "" for an empty buffer (never NULL). Borrowed. */
const char *sk_buf_str(const struct sk_buf *b);

#endif
