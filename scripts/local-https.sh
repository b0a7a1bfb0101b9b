#!/usr/bin/env bash
# A small local certificate authority for trying Fengqiao over HTTPS in an office (phones give GPS, the camera
# and service workers only to secure pages; a bare self-signed certificate blocks the service worker).
# Creates, in the folder given (default ~/.fengqiao/tls):
#   ca.crt / ca.key          the authority: install ca.crt on each phone and PC as a trusted root (README)
#   server.crt / server.key  the server's certificate for the names and addresses given, signed by the authority
# and prints the Spring Boot settings that serve it. For a town's real certificate use its files instead.
# Usage: scripts/local-https.sh [folder] name-or-ip...     e.g. scripts/local-https.sh ~/.fengqiao/tls 192.168.1.20 fengqiao.local
set -euo pipefail
dir=${1:-$HOME/.fengqiao/tls}
shift || true
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(localhost 127.0.0.1)
mkdir -p "$dir"
chmod 700 "$dir"
cd "$dir"

if [ ! -f ca.key ]; then
  openssl req -x509 -newkey rsa:3072 -nodes -sha256 -days 3650 -keyout ca.key -out ca.crt \
    -subj "/CN=Fengqiao local CA $(hostname)" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  chmod 600 ca.key
fi

san=""
for n in "${names[@]}"; do
  if [[ $n =~ ^[0-9.]+$ || $n == *:* ]]; then san+="IP:$n,"; else san+="DNS:$n,"; fi
done
san=${san%,}

openssl req -newkey rsa:2048 -nodes -sha256 -keyout server.key -out server.csr -subj "/CN=${names[0]}" 2>/dev/null
# Phones refuse server certificates valid for more than 825 days: this one lasts 800.
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 800 -sha256 -out server.crt \
  -extfile <(printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\nbasicConstraints=CA:FALSE\n' "$san") 2>/dev/null
rm -f server.csr
chmod 600 server.key

cat <<SETTINGS
Certificate for: ${names[*]}
Install on each phone and PC as a trusted root: $dir/ca.crt
Start Fengqiao with:
  java -jar target/fengqiao-0.1.0-SNAPSHOT.jar --server.port=8443 \\
    --spring.ssl.bundle.pem.town.keystore.certificate=file:$dir/server.crt \\
    --spring.ssl.bundle.pem.town.keystore.private-key=file:$dir/server.key \\
    --server.ssl.bundle=town
SETTINGS
