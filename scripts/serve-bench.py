#!/usr/bin/env python3
"""Measures `dossier serve` on loopback: requests per second, memory, threads and open
descriptors before and after 10,000 requests, and what hostile requests cost other clients.

Every loop is bounded (a request count or a deadline) and every socket has a timeout, so the
run ends even against a server that stops answering. Run it through scripts/serve-bench.sh.
"""
import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

TIMEOUT = 5.0


def proc_stats(pid):
    stats = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "Threads"):
                stats[key] = int(value.split()[0])
    stats["fds"] = len(os.listdir(f"/proc/{pid}/fd"))
    return stats


def describe(stats):
    return f"RSS {stats['VmRSS'] / 1024:.1f} MB, {stats['Threads']} threads, {stats['fds']} open fds"


def connect(address, port, timeout=TIMEOUT):
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.connect((address, port))
    return sock


def read_response(sock, pending=b""):
    """Reads one response (head + Content-Length body); returns (status, rest of the bytes)."""
    buffer = pending
    while b"\r\n\r\n" not in buffer:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed before a response")
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed in the body")
        rest += chunk
    return status, rest[length:]


def request(address, port, path, host):
    with connect(address, port) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        return read_response(sock)[0]


def keep_alive_worker(address, port, host, paths, count, results, errors):
    try:
        sock = connect(address, port)
        pending = b""
        for index in range(count):
            path = paths[index % len(paths)]
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            status, pending = read_response(sock, pending)
            results.append(status)
        sock.close()
    except Exception as error:  # a server that fails is a figure, not a crash of the bench
        errors.append(repr(error))


def new_connection_worker(address, port, host, paths, count, results, errors):
    for index in range(count):
        try:
            results.append(request(address, port, paths[index % len(paths)], host))
        except Exception as error:
            errors.append(repr(error))


def run_threads(target, threads, per_thread, *args):
    results, errors = [], []
    workers = [threading.Thread(target=target, args=(*args, per_thread, results, errors)) for _ in range(threads)]
    start = time.monotonic()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    return time.monotonic() - start, results, errors


def hostile_url(address, port, host, size, label):
    """Sends one request with a `size`-byte URL and, meanwhile, times normal requests of another client."""
    outcome = {}

    def attacker():
        start = time.monotonic()
        try:
            with connect(address, port, timeout=30) as sock:
                sock.sendall(b"GET /" + b"a" * size + f" HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
                outcome["status"] = read_response(sock)[0]
        except Exception as error:
            outcome["status"] = f"no answer ({type(error).__name__})"
        outcome["seconds"] = time.monotonic() - start

    thread = threading.Thread(target=attacker)
    thread.start()
    latencies, failures = [], 0
    deadline = time.monotonic() + 30
    time.sleep(0.005)
    while (thread.is_alive() or len(latencies) + failures < 20) and time.monotonic() < deadline and len(latencies) + failures < 2000:
        start = time.monotonic()
        try:
            request(address, port, "/", host)
            latencies.append(time.monotonic() - start)
        except Exception:
            failures += 1
    thread.join(timeout=35)
    worst = max(latencies) * 1000 if latencies else float("nan")
    median = statistics.median(latencies) * 1000 if latencies else float("nan")
    print(f"  {label} URL: answered {outcome.get('status')} in {outcome.get('seconds', float('nan')):.3f} s; "
          f"meanwhile another client made {len(latencies)} requests (median {median:.1f} ms, worst {worst:.1f} ms, {failures} failed)")


def held_slots(address, port, host, count):
    """Holds `count` silent connections open, then times one normal request."""
    held = []
    try:
        for _ in range(count):
            held.append(connect(address, port))
        start = time.monotonic()
        try:
            with connect(address, port, timeout=20) as sock:
                sock.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
                status = read_response(sock)[0]
        except Exception as error:
            status = f"no answer ({type(error).__name__})"
        print(f"  {count} silent connections held: the next client got {status} after {time.monotonic() - start:.2f} s")
    finally:
        for sock in held:
            sock.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--source", default="seeds")
    parser.add_argument("--templates", default="Templates")
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--held", type=int, default=64, help="silent connections to hold (the server's connection limit)")
    arguments = parser.parse_args()

    work = tempfile.mkdtemp(prefix="dossier-serve-bench-")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen([arguments.binary, "serve", "--source", arguments.source, "--templates", arguments.templates,
                               "--output", os.path.join(work, "public"), "--port", str(port)],
                              stdout=log, stderr=subprocess.STDOUT, preexec_fn=os.setsid)
    try:
        address = None
        deadline = time.monotonic() + 180
        while address is None and time.monotonic() < deadline and server.poll() is None:
            for candidate in ("127.0.0.1", "::1"):
                try:
                    if request(candidate, port, "/", "localhost") == 200:
                        address = candidate
                        break
                except OSError:
                    pass
            time.sleep(0.2)
        if address is None:
            print("the server never answered; its output:")
            log.flush()
            print(open(os.path.join(work, "serve.log")).read())
            return 1
        host = f"localhost:{port}"
        articles = sorted(os.listdir(os.path.join(work, "public", "articles")))
        paths = ["/", f"/articles/{articles[0]}/", "/people/", "/timeline/", "/assets/style.css", "/dossier.json", "/no-such-page"]
        print(f"serving on {address} port {port}, pid {server.pid}; {len(paths)} paths in turn")
        if address != "127.0.0.1":
            print("  127.0.0.1 refused: the server listens on ::1 only")

        run_threads(keep_alive_worker, 1, 100, address, port, host, paths)
        time.sleep(1)
        before = proc_stats(server.pid)
        print(f"before: {describe(before)}")

        keep_alive = arguments.requests * 4 // 5
        seconds, results, errors = run_threads(keep_alive_worker, arguments.threads, keep_alive // arguments.threads, address, port, host, paths)
        print(f"  {len(results)} keep-alive requests on {arguments.threads} connections: {len(results) / seconds:.0f} requests/s, "
              f"{len(errors)} errors {errors[:2]}")
        fresh = arguments.requests - keep_alive
        seconds, results, errors = run_threads(new_connection_worker, arguments.threads, fresh // arguments.threads, address, port, host, paths)
        print(f"  {len(results)} requests on a new connection each: {len(results) / seconds:.0f} requests/s, {len(errors)} errors {errors[:2]}")
        time.sleep(1)
        after = proc_stats(server.pid)
        print(f"after {arguments.requests} requests: {describe(after)}")

        if shutil.which("wrk"):
            wrk_host = f"[{address}]" if ":" in address else address
            output = subprocess.run(["wrk", "-t2", "-c16", "-d5s", "-H", f"Host: {host}", f"http://{wrk_host}:{port}/"],
                                    capture_output=True, text=True, timeout=30).stdout
            figures = [line.strip() for line in output.splitlines() if "requests in" in line or "Requests/sec" in line or "Non-2xx" in line or "Socket errors" in line]
            print(f"  wrk -t2 -c16 -d5s /: {'; '.join(figures)}")
            time.sleep(1)
            print(f"after wrk: {describe(proc_stats(server.pid))}")

        print("hostile requests:")
        for size, label in ((100_000, "100 KB"), (1_000_000, "1 MB")):
            if server.poll() is not None:
                break
            hostile_url(address, port, host, size, label)
        if server.poll() is None:
            held_slots(address, port, host, arguments.held)
        time.sleep(1)
        if server.poll() is None:
            print(f"at the end: {describe(proc_stats(server.pid))}")
        else:
            print(f"the server exited with {server.returncode}")
        return 0
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGINT)
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait(timeout=5)
        log.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
