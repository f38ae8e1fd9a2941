"""Static server for the Pagefind side of bench/relevance.sh: serves a folder with caching forbidden, so that
every file a query needs is requested again (Pagefind's worker fetches outside the page's cache settings),
and appends the path of every GET to a log, which is how the benchmark counts the bytes each query loaded.

    python3 serve.py PORT FOLDER LOG
"""
import functools
import http.server
import sys

port, folder, log_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
log = open(log_path, "a", buffering=1)


class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_request(self, code="-", size="-"):
        # Called as the response starts, before its body is sent: the line is there when the page has the file.
        log.write(f"{code} {self.path}\n")

    def log_message(self, format, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=folder)).serve_forever()
