// C# object initializers (`new HttpOptions { Retries = 3, Name = "x" }`)
// written as C++20 designated initializers inside an async body, for an
// options struct passed to awaited calls; and a record-like struct with a
// defaulted operator== compared across awaits.
#include <asl/task.h>

#include <iostream>
#include <string>

struct HttpOptions {
  std::string base = "https://example";
  int retries = 1;
  int timeout_ms = 100;
  bool verbose = false;
};

struct Point {
  int x = 0, y = 0;
  bool operator==(const Point &) const = default;
};

ASL_ASYNC asl::Task<std::string> get(HttpOptions o, std::string path) {
  co_return o.base + path + " r" + std::to_string(o.retries) + " t" +
      std::to_string(o.timeout_ms) + (o.verbose ? " v" : "");
}

ASL_ASYNC asl::Task<Point> locate(int i) { co_return Point{i, i * 2}; }

ASL_ASYNC asl::Task<void> run() {
  std::cout << co_await get({.retries = 3, .verbose = true}, "/a") << "\n";
  HttpOptions fast{.base = "http://fast", .timeout_ms = 5};
  std::cout << co_await get(fast, "/b") << "\n";
  Point p = co_await locate(2);
  std::cout << (p == Point{2, 4}) << (co_await locate(3) == p) << "\n";
}

int main() { asl::sync_wait(run()); }
