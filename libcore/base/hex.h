/* hex.h - hex text to bytes, for -e/-E/-3k style arguments and x values. */
#ifndef SK_BASE_HEX_H
#define SK_BASE_HEX_H

#include <stddef.h>
#include <stdint.h>

/* Parse hex digits in TEXT (optional leading "0x"/"0X"; spaces between
 * byte pairs allowed when ALLOW_SPACES) into OUT (capacity OUTCAP).
 * Returns the byte count, or -1 on a bad digit, odd digit count or
 * overflow of OUTCAP. */
long sk_hex_decode(const char *text, int allow_spaces, uint8_t *out,
                   size_t outcap);

#endif
