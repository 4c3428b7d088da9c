# Shared by ./docket and .ci/run: find a JDK >= 21 (Lucene 10 needs it; the machine default is 17).
# Prints the JDK's home on stdout. Order: $JAVA_HOME when suitable, then the usual JVM folders, newest first.
# Every JDK since 9 names its version in $JDK/release; reading it costs no JVM start (about 0.1 s each).
docket_java_major() {
  local version=""
  [ -r "$1/release" ] && version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)"$/\1/p' "$1/release" | head -n1)
  if [ -z "$version" ]; then
    version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1)
  fi
  echo "$version"
}

docket_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(docket_java_major "$candidate")
    major=${major%%.*}
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "docket: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk" >&2
  return 1
}

# Debian packages the test suite drives for real: an IMAP server and a browser (with a CJK font, so
# the browser tests' screenshots of Chinese and Japanese text are legible).
DOCKET_TEST_PACKAGES="dovecot-imapd chromium chromium-driver fonts-wqy-microhei time"

docket_install_test_packages() {
  local missing=""
  command -v /usr/sbin/dovecot >/dev/null 2>&1 || missing="$missing dovecot-imapd"
  command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
  command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
  [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing="$missing fonts-wqy-microhei"
  # GNU time: the bench measures peak RSS and CPU time through it, and its tests check that reading.
  [ -x /usr/bin/time ] || missing="$missing time"
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "docket: tests want Debian packages:$missing (not installed; their tests will be skipped)" >&2
    return 0
  fi
  echo "docket: installing$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
  # The package starts a system dovecot; tests run their own private instances instead.
  if command -v systemctl >/dev/null 2>&1; then systemctl disable --now dovecot >/dev/null 2>&1 || true; fi
  pkill -x dovecot >/dev/null 2>&1 || true
}
