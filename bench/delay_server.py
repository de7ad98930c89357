#!/usr/bin/env python3
"""An OpenAI-compatible chat endpoint on loopback that answers every request after a fixed delay.

Used by bench/http_jobs.sh and bench/batch_rerun.sh: it translates nothing (a fixed English
sentence per segment), counts requests, and records how many were in flight at most.
Usage: delay_server.py PORT DELAY_SECONDS STATS_FILE
"""
import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, delay, stats_file = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
lock = threading.Lock()
state = {"requests": 0, "in_flight": 0, "max_in_flight": 0}


def save():
    with open(stats_file, "w") as f:
        json.dump(state, f)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.reply(200, {"data": [{"id": "delay-model"}]})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        with lock:
            state["requests"] += 1
            state["in_flight"] += 1
            state["max_in_flight"] = max(state["max_in_flight"], state["in_flight"])
        time.sleep(delay)
        segments = json.loads(body["messages"][-1]["content"])
        # English the pipeline's check accepts as English (an echo of the French would be refused)
        # (placeholders such as ⟦0⟧ come back, as a real model keeps them)
        answer = {k: f"This is the English text of segment {k}, which has {len(v)} characters."
                  + "".join(" " + t for t in re.findall("⟦[0-9]+⟧", v)) for k, v in segments.items()}
        with lock:
            state["in_flight"] -= 1
            save()
        self.reply(200, {"choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": json.dumps(answer)}}]})

    def reply(self, code, obj):
        data = json.dumps(obj).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


ThreadingHTTPServer.daemon_threads = True
server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
save()
server.serve_forever()
