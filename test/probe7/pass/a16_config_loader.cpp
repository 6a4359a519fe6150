// A layered configuration loader: sources (defaults, file, environment) are
// read asynchronously, merged with precedence, values converted with
// optional-returning parsers, and validation errors collected, not thrown.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>
#include <asl/when_any.h>
#include <asl/channel.h>
#include <asl/mutex.h>
#include <asl/thread_pool.h>
#include <asl/timer_queue.h>
#include <asl/cancellation.h>

#include <algorithm>
#include <any>
#include <array>
#include <bitset>
#include <chrono>
#include <complex>
#include <iostream>
#include <list>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <cstdint>
#include <cstring>
#include <exception>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <queue>
#include <numeric>
#include <cctype>
#include <mutex>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// T prints its life; a moved-from T is silent, so extra moves do not show.
struct T {
  std::string n;
  explicit T(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  T(const T &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  T(T &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  T &operator=(const T &o) {
    n = o.n + "=";
    std::printf("=%s\n", n.c_str());
    return *this;
  }
  T &operator=(T &&o) noexcept {
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~T() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Hold suspends; pump() resumes the suspended tasks in order.
static std::deque<std::function<void()>> parked;
struct Hold {
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    parked.push_back([h] { h.resume(); });
  }
  void await_resume() const noexcept {}
};
inline void pump() {
  while (!parked.empty()) {
    auto f = std::move(parked.front());
    parked.pop_front();
    f();
  }
}

ASL_ASYNC asl::Task<int> num(const char *tag, int v) {
  std::printf("num %s\n", tag);
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<std::string> text(std::string v) {
  co_await Hold{};
  co_return v;
}

ASL_ASYNC asl::Task<bool> yes(const char *tag, bool v) {
  std::printf("yes %s\n", tag);
  co_await Hold{};
  co_return v;
}

struct Source {
  std::string name;
  std::vector<std::string> lines;
  bool fails = false;
};

ASL_ASYNC asl::Task<std::vector<std::string>> read_source(const Source &s) {
  co_await Hold{};
  if (s.fails)
    throw std::runtime_error("cannot read " + s.name);
  co_return s.lines;
}

std::optional<int> to_int(const std::string &s) {
  if (s.empty())
    return std::nullopt;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9')
      return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}
std::optional<bool> to_bool(const std::string &s) {
  if (s == "true" || s == "yes" || s == "1")
    return true;
  if (s == "false" || s == "no" || s == "0")
    return false;
  return std::nullopt;
}

struct Config {
  int port = 0;
  int workers = 0;
  bool verbose = false;
  std::string host;
  std::map<std::string, std::string> origin;
};

ASL_ASYNC asl::Task<Config> load(std::vector<Source> sources,
                                 std::vector<std::string> &errors) {
  std::map<std::string, std::pair<std::string, std::string>> merged;
  for (const Source &s : sources) {
    std::vector<std::string> lines;
    try {
      lines = co_await read_source(s);
    } catch (const std::exception &e) {
      errors.push_back(e.what());
      continue;
    }
    for (const std::string &l : lines) {
      auto eq = l.find('=');
      if (eq == std::string::npos) {
        errors.push_back(s.name + ": no '=' in '" + l + "'");
        continue;
      }
      merged[l.substr(0, eq)] = {l.substr(eq + 1), s.name};
    }
  }
  Config c;
  auto take = [&](const char *key, auto parse, auto &field) {
    auto it = merged.find(key);
    if (it == merged.end()) {
      errors.push_back(std::string("missing ") + key);
      return;
    }
    if (auto v = parse(it->second.first)) {
      field = *v;
      c.origin[key] = it->second.second;
    } else {
      errors.push_back(std::string("bad ") + key + " '" + it->second.first +
                       "' from " + it->second.second);
    }
  };
  take("port", to_int, c.port);
  take("workers", to_int, c.workers);
  take("verbose", to_bool, c.verbose);
  take(
      "host",
      [](const std::string &s) { return std::optional<std::string>(s); },
      c.host);
  co_await Hold{};
  if (c.workers > 64)
    errors.push_back("workers too large");
  co_return c;
}

int main() {
  std::vector<Source> srcs{
      {"defaults", {"port=80", "workers=4", "verbose=no", "host=localhost"}},
      {"file", {"port=8080", "workers=x12", "garbage", "host=example.org"}},
      {"secrets", {}, true},
      {"env", {"verbose=yes", "workers=128"}},
  };
  std::vector<std::string> errors;
  auto t = load(srcs, errors);
  pump();
  Config c = asl::sync_wait(std::move(t));
  std::printf("port %d workers %d verbose %d host %s\n", c.port, c.workers,
              c.verbose, c.host.c_str());
  for (auto &[k, v] : c.origin)
    std::printf("  %s from %s\n", k.c_str(), v.c_str());
  for (auto &e : errors)
    std::printf("  error: %s\n", e.c_str());
}
