# HS256 tokens (JWT) signed with the platform key: sub = user id, role = agent | bridge.

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

make_token() {
  local user="$1" role="$2" seconds="$3" key now header payload signature
  key="$(signing_key)"
  now="$(date +%s)"
  header="$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)"
  payload="$(printf '{"sub":"%s","role":"%s","iss":"platform","aud":"platform","iat":%d,"nbf":%d,"exp":%d}' \
    "$user" "$role" "$now" "$((now - 5))" "$((now + seconds))" | b64url)"
  signature="$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -hmac "$key" -binary | b64url)"
  printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

cmd_token() {
  local user="" role="bridge" days=30
  while [ $# -gt 0 ]; do
    case "$1" in
      --role) role="$2"; shift 2 ;;
      --days) days="$2"; shift 2 ;;
      -*) die "unknown option $1" ;;
      *) user="$1"; shift ;;
    esac
  done
  [ -n "$user" ] || die "usage: ./platform token USER [--role agent|bridge] [--days N]"
  [[ "$user" =~ ^[A-Za-z0-9_.@-]{1,64}$ ]] || die "USER may hold letters, digits and _ . @ - (at most 64)"
  case "$role" in agent|bridge) ;; *) die "--role must be agent or bridge" ;; esac
  make_token "$user" "$role" "$((days * 86400))"
}
