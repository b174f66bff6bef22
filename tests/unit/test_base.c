/* test_base.c - error formatting, the capped buffer and hex decoding. */
#include <errno.h>
#include <string.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/hex.h"
#include "check.h"

static void test_errors(void)
{
    struct sk_error e;
    char out[256];

    sk_error_set(&e, SK_ERR_BAD_ADDRESS, "%s", "nosuch.invalid");
    sk_error_format(&e, out, sizeof out);
    CHECK_STR(out, "Unknown host (nosuch.invalid)");
    sk_error_sys(&e, SK_ERR_BAD_ADDRESS, ECONNREFUSED, "tcp:127.0.0.1:1");
    sk_error_format(&e, out, sizeof out);
    CHECK_STR(out, "Unknown host (tcp:127.0.0.1:1) (Connection refused)");
    sk_error_set(&e, SK_ERR_TIMEOUT, NULL);
    sk_error_format(&e, out, sizeof out);
    CHECK_STR(out, "Timeout");
    CHECK_STR(sk_error_text(SK_ERR_V2_IN_V1),
              "Cannot send V2 PDU on V1 session");
    CHECK_STR(sk_error_text((enum sk_err)999), "Unknown error");
    /* truncation keeps the output terminated */
    sk_error_set(&e, SK_ERR_UNKNOWN_OID, "%s", "abc");
    CHECK(sk_error_format(&e, out, 5) == strlen("Unknown Object Identifier (abc)"));
    CHECK_STR(out, "Unkn");
}

static void test_buf(void)
{
    struct sk_buf b;

    sk_buf_init(&b, 8);
    CHECK_STR(sk_buf_str(&b), "");
    CHECK(sk_buf_adds(&b, "abc") == 0);
    CHECK(sk_buf_printf(&b, "%d", 12345) == 0);
    CHECK_STR(sk_buf_str(&b), "abc12345");
    CHECK(sk_buf_addc(&b, 'x') == -1); /* over the cap: unchanged */
    CHECK_STR(sk_buf_str(&b), "abc12345");
    sk_buf_reset(&b);
    CHECK(b.len == 0);
    CHECK(sk_buf_printf(&b, "%s", "123456789") == -1);
    sk_buf_clear(&b);
    sk_buf_init(&b, 1u << 20);
    {
        int ok = 1;

        for (int i = 0; i < 10000; i++)
            ok &= sk_buf_add(&b, "0123456789", 10) == 0;
        CHECK(ok && b.len == 100000 && b.data[99999] == '9');
    }
    sk_buf_clear(&b);
}

static void test_numbers(void)
{
    struct sk_buf b;

    sk_buf_init(&b, 256);
    CHECK(sk_buf_add_uint(&b, 0) == 0 && sk_buf_addc(&b, ' ') == 0);
    CHECK(sk_buf_add_uint(&b, UINT64_MAX) == 0 && sk_buf_addc(&b, ' ') == 0);
    CHECK(sk_buf_add_int(&b, INT64_MIN) == 0 && sk_buf_addc(&b, ' ') == 0);
    CHECK(sk_buf_add_int(&b, -1) == 0 && sk_buf_addc(&b, ' ') == 0);
    CHECK(sk_buf_add_int(&b, 4294967295) == 0);
    CHECK_STR(sk_buf_str(&b), "0 18446744073709551615 "
                              "-9223372036854775808 -1 4294967295");
    sk_buf_clear(&b);
    sk_buf_init(&b, 3);
    CHECK(sk_buf_add_uint(&b, 1234) == -1 && b.len == 0);
    sk_buf_clear(&b);
}

static void test_hex(void)
{
    uint8_t out[4];

    CHECK(sk_hex_decode("0x8000", 0, out, sizeof out) == 2 &&
          out[0] == 0x80 && out[1] == 0);
    CHECK(sk_hex_decode("41 42 43", 1, out, sizeof out) == 3 &&
          out[2] == 0x43);
    CHECK(sk_hex_decode("41 42 43", 0, out, sizeof out) == -1);
    CHECK(sk_hex_decode("4", 0, out, sizeof out) == -1);
    CHECK(sk_hex_decode("4 1", 1, out, sizeof out) == -1);
    CHECK(sk_hex_decode("zz", 0, out, sizeof out) == -1);
    CHECK(sk_hex_decode("0102030405", 0, out, sizeof out) == -1);
    CHECK(sk_hex_decode("", 0, out, sizeof out) == 0);
}

int main(void)
{
    test_errors();
    test_buf();
    test_numbers();
    test_hex();
    return CHECK_DONE("test_base");
}
