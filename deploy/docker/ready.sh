#!/bin/bash
# The containers' health check (installed as /usr/local/bin/answerlens-ready): ready when /q/health/ready answers
# 200 on a port that this container's own processes listen on. It finds the port rather than assuming one, so it
# stays honest under host networking, where a worker listens on port 0 (a free port chosen at start) and a fixed
# port may be held by another process of the host. Prints the port it probed (docker inspect shows it).
set -u

# socket inodes of this container's processes (its own PID namespace: only the service and its children)
declare -A ours=()
for fd in /proc/[0-9]*/fd/*; do
  target=$(readlink "$fd" 2>/dev/null) || continue
  [[ $target == socket:\[*\] ]] && ours[${target//[^0-9]/}]=1
done

# TCP sockets in LISTEN state (0A) that belong to them; /proc/net/tcp6 holds Java's dual-stack sockets
ports=()
for table in /proc/net/tcp /proc/net/tcp6; do
  [ -r "$table" ] || continue
  while read -r _ local _ state _ _ _ _ _ inode _; do
    [[ $state == 0A && -n ${ours[$inode]:-} ]] && ports+=($((16#${local##*:})))
  done < <(tail -n +2 "$table")
done
[ ${#ports[@]} -gt 0 ] || { echo "not listening yet"; exit 1; }

for port in $(printf '%s\n' "${ports[@]}" | sort -un); do
  if exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
    printf 'GET /q/health/ready HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    if read -r -t 4 status <&3 && [[ $status == *" 200 "* ]]; then
      echo "ready on :$port"
      exit 0
    fi
    exec 3<&-
  fi
done
echo "not ready on :${ports[*]}"
exit 1
