# Unit tests (C, one per libcore module), run by `make check`.
UNIT_TESTS = tests/unit/test_ber tests/unit/test_oid tests/unit/test_msg \
	tests/unit/test_addr tests/unit/test_fmt_value \
	tests/unit/test_value_text tests/unit/test_conf tests/unit/test_base \
	tests/unit/test_msg3 tests/unit/test_usm \
	tests/unit/test_keys tests/unit/test_crypto tests/unit/test_mib \
	tests/unit/test_fmt_mib tests/unit/test_oid_text \
	tests/unit/test_usm_recv tests/unit/test_notify_recv \
	tests/unit/test_mib_cache
check_PROGRAMS += $(UNIT_TESTS)
TESTS += $(UNIT_TESTS)

UNIT_LDADD = libcore/libcore.a
tests_unit_test_usm_recv_SOURCES = tests/unit/test_usm_recv.c tests/unit/check.h
tests_unit_test_usm_recv_LDADD = $(UNIT_LDADD)
tests_unit_test_notify_recv_SOURCES = tests/unit/test_notify_recv.c \
	tests/unit/check.h
tests_unit_test_notify_recv_LDADD = $(UNIT_LDADD)
tests_unit_test_mib_cache_SOURCES = tests/unit/test_mib_cache.c \
	tests/unit/check.h
tests_unit_test_mib_cache_LDADD = $(UNIT_LDADD)
tests_unit_test_ber_SOURCES = tests/unit/test_ber.c tests/unit/check.h
tests_unit_test_ber_LDADD = $(UNIT_LDADD)
tests_unit_test_oid_SOURCES = tests/unit/test_oid.c tests/unit/check.h
tests_unit_test_oid_LDADD = $(UNIT_LDADD)
tests_unit_test_msg_SOURCES = tests/unit/test_msg.c tests/unit/check.h
tests_unit_test_msg_LDADD = $(UNIT_LDADD)
tests_unit_test_addr_SOURCES = tests/unit/test_addr.c tests/unit/check.h
tests_unit_test_addr_LDADD = $(UNIT_LDADD)
tests_unit_test_fmt_value_SOURCES = tests/unit/test_fmt_value.c \
	tests/unit/check.h
tests_unit_test_fmt_value_LDADD = $(UNIT_LDADD)
tests_unit_test_value_text_SOURCES = tests/unit/test_value_text.c \
	tests/unit/check.h
tests_unit_test_value_text_LDADD = $(UNIT_LDADD)
tests_unit_test_conf_SOURCES = tests/unit/test_conf.c tests/unit/check.h
tests_unit_test_conf_LDADD = $(UNIT_LDADD)
tests_unit_test_base_SOURCES = tests/unit/test_base.c tests/unit/check.h
tests_unit_test_base_LDADD = $(UNIT_LDADD)
tests_unit_test_msg3_SOURCES = tests/unit/test_msg3.c tests/unit/check.h
tests_unit_test_msg3_LDADD = $(UNIT_LDADD)
tests_unit_test_usm_SOURCES = tests/unit/test_usm.c tests/unit/check.h
tests_unit_test_usm_LDADD = $(UNIT_LDADD)
tests_unit_test_keys_SOURCES = tests/unit/test_keys.c tests/unit/check.h
tests_unit_test_keys_LDADD = $(UNIT_LDADD)
tests_unit_test_crypto_SOURCES = tests/unit/test_crypto.c tests/unit/check.h
tests_unit_test_crypto_LDADD = $(UNIT_LDADD)
tests_unit_test_mib_SOURCES = tests/unit/test_mib.c tests/unit/check.h
tests_unit_test_mib_LDADD = $(UNIT_LDADD)
tests_unit_test_fmt_mib_SOURCES = tests/unit/test_fmt_mib.c tests/unit/check.h
tests_unit_test_fmt_mib_LDADD = $(UNIT_LDADD)
tests_unit_test_oid_text_SOURCES = tests/unit/test_oid_text.c \
	tests/unit/check.h
tests_unit_test_oid_text_LDADD = $(UNIT_LDADD)

# keytool prints localized keys for tests/cli/keys.bats (checked there
# against pysnmp); built by make check, not installed.
check_PROGRAMS += tests/unit/keytool
tests_unit_keytool_SOURCES = tests/unit/keytool.c
tests_unit_keytool_LDADD = $(UNIT_LDADD)

EXTRA_DIST += tests/run tests/demo tests/cli tests/data tests/fuzz \
	bench .ci/run
