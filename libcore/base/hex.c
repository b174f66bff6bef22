/* hex.c - hex text to bytes. */
#include "base/hex.h"

#include <ctype.h>

static int nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

long sk_hex_decode(const char *text, int allow_spaces, uint8_t *out,
                   size_t outcap)
{
    size_t n = 0;
    int hi = -1;

    if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
        text += 2;
    for (; *text != '\0'; text++) {
        int v;

        if (allow_spaces && isspace((unsigned char)*text)) {
            if (hi >= 0)
                return -1;
            continue;
        }
        v = nibble(*text);
        if (v < 0)
            return -1;
        if (hi < 0) {
            hi = v;
            continue;
        }
        if (n >= outcap)
            return -1;
        out[n++] = (uint8_t)(hi << 4 | v);
        hi = -1;
    }
    if (hi >= 0)
        return -1;
    return (long)n;
}
