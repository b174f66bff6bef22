# tests/fuzz: one harness per parser entry (DESIGN.md codec rule 9).
# With --enable-fuzzing (CC=clang) each becomes a libFuzzer binary
# tests/fuzz/fuzz_<name>; every build also links each harness with
# driver.c into tests/fuzz/regress_<name>, which regress.sh runs over
# the seed corpora and tests/fuzz/regressions/ as part of make check.
FUZZ_NAMES = msg usm notify3 mib mibcache conf oid_value trapd_format
FUZZ_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/apps
FUZZ_LIBS = apps/libcli.a libcore/libcore.a
# snmptrapd's parts but main.c (whose main() would clash), for the
# formatter and snmptrapd.conf harnesses.
FUZZ_TRAPD = apps/snmptrapd/conf.c apps/snmptrapd/receive.c \
	apps/snmptrapd/dispatch.c \
	apps/snmptrapd/format.c apps/snmptrapd/handler.c \
	apps/snmptrapd/output.c apps/snmptrapd/usm.c apps/snmptrapd/forward.c \
	apps/snmptrapd/forward_tcp.c apps/snmptrapd/view.c apps/snmptrapd/vacm_conf.c \
	apps/snmptrapd/vacm_lines.c apps/snmptrapd/vacm_simple.c \
	apps/snmptrapd/com2sec.c apps/snmptrapd/hostcache.c

tests_fuzz_regress_msg_SOURCES = tests/fuzz/fuzz_msg.c tests/fuzz/driver.c
tests_fuzz_regress_msg_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_regress_msg_LDADD = $(FUZZ_LIBS)
tests_fuzz_regress_usm_SOURCES = tests/fuzz/fuzz_usm.c tests/fuzz/driver.c
tests_fuzz_regress_usm_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_regress_usm_LDADD = $(FUZZ_LIBS)
tests_fuzz_regress_notify3_SOURCES = tests/fuzz/fuzz_notify3.c \
	tests/fuzz/driver.c
tests_fuzz_regress_notify3_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_regress_notify3_LDADD = $(FUZZ_LIBS)
tests_fuzz_regress_mib_SOURCES = tests/fuzz/fuzz_mib.c tests/fuzz/driver.c
tests_fuzz_regress_mib_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_regress_mib_LDADD = $(FUZZ_LIBS)
tests_fuzz_regress_mibcache_SOURCES = tests/fuzz/fuzz_mibcache.c \
	tests/fuzz/driver.c
tests_fuzz_regress_mibcache_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_regress_mibcache_LDADD = $(FUZZ_LIBS)
tests_fuzz_regress_conf_SOURCES = tests/fuzz/fuzz_conf.c \
	tests/fuzz/driver.c $(FUZZ_TRAPD)
tests_fuzz_regress_conf_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_regress_conf_LDADD = $(FUZZ_LIBS)
tests_fuzz_regress_oid_value_SOURCES = tests/fuzz/fuzz_oid_value.c \
	tests/fuzz/driver.c
tests_fuzz_regress_oid_value_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_regress_oid_value_LDADD = $(FUZZ_LIBS)
tests_fuzz_regress_trapd_format_SOURCES = tests/fuzz/fuzz_trapd_format.c \
	tests/fuzz/driver.c $(FUZZ_TRAPD)
tests_fuzz_regress_trapd_format_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_regress_trapd_format_LDADD = $(FUZZ_LIBS)

FUZZ_REGRESS = tests/fuzz/regress_msg tests/fuzz/regress_usm \
	tests/fuzz/regress_notify3 \
	tests/fuzz/regress_mib tests/fuzz/regress_mibcache tests/fuzz/regress_conf \
	tests/fuzz/regress_oid_value tests/fuzz/regress_trapd_format
check_PROGRAMS += $(FUZZ_REGRESS)
# (the scripts, seeds and regressions ship with tests/fuzz in EXTRA_DIST)
TESTS += tests/fuzz/regress.sh

if FUZZING
FUZZ_BINS = tests/fuzz/fuzz_msg tests/fuzz/fuzz_usm tests/fuzz/fuzz_mib \
	tests/fuzz/fuzz_mibcache \
	tests/fuzz/fuzz_notify3 \
	tests/fuzz/fuzz_conf tests/fuzz/fuzz_oid_value \
	tests/fuzz/fuzz_trapd_format
noinst_PROGRAMS += $(FUZZ_BINS)
tests_fuzz_fuzz_msg_SOURCES = tests/fuzz/fuzz_msg.c
tests_fuzz_fuzz_msg_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_msg_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_msg_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_usm_SOURCES = tests/fuzz/fuzz_usm.c
tests_fuzz_fuzz_usm_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_usm_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_usm_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_notify3_SOURCES = tests/fuzz/fuzz_notify3.c
tests_fuzz_fuzz_notify3_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_notify3_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_notify3_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_mib_SOURCES = tests/fuzz/fuzz_mib.c
tests_fuzz_fuzz_mib_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_mib_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_mib_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_mibcache_SOURCES = tests/fuzz/fuzz_mibcache.c
tests_fuzz_fuzz_mibcache_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_mibcache_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_mibcache_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_conf_SOURCES = tests/fuzz/fuzz_conf.c $(FUZZ_TRAPD)
tests_fuzz_fuzz_conf_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_conf_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_conf_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_oid_value_SOURCES = tests/fuzz/fuzz_oid_value.c
tests_fuzz_fuzz_oid_value_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_oid_value_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_oid_value_LDADD = $(FUZZ_LIBS)
tests_fuzz_fuzz_trapd_format_SOURCES = tests/fuzz/fuzz_trapd_format.c \
	$(FUZZ_TRAPD)
tests_fuzz_fuzz_trapd_format_CPPFLAGS = $(FUZZ_CPPFLAGS)
tests_fuzz_fuzz_trapd_format_LDFLAGS = $(AM_LDFLAGS) $(FUZZ_LDFLAGS)
tests_fuzz_fuzz_trapd_format_LDADD = $(FUZZ_LIBS)
endif
