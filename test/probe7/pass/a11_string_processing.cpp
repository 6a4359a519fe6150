// String processing: a log-line reader that gets chunks asynchronously,
// splits them into lines across chunk boundaries, parses key=value fields
// with string_view, normalizes case, and builds a report with ostringstream.
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

ASL_ASYNC asl::Task<std::optional<std::string>>
next_chunk(std::vector<std::string> &src) {
  co_await Hold{};
  if (src.empty())
    co_return std::nullopt;
  std::string c = std::move(src.front());
  src.erase(src.begin());
  co_return c;
}

std::map<std::string, std::string> fields(std::string_view line) {
  std::map<std::string, std::string> out;
  while (!line.empty()) {
    std::size_t sp = line.find(' ');
    std::string_view tok = line.substr(0, sp);
    line =
        sp == std::string_view::npos ? std::string_view{} : line.substr(sp + 1);
    std::size_t eq = tok.find('=');
    if (eq == std::string_view::npos || eq == 0)
      continue;
    std::string key(tok.substr(0, eq));
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    out[key] = std::string(tok.substr(eq + 1));
  }
  return out;
}

ASL_ASYNC asl::Task<std::string> report(std::vector<std::string> chunks) {
  std::string pending;
  std::map<std::string, int> by_level;
  std::map<std::string, long> bytes_by_user;
  int lines = 0, bad = 0;
  std::ostringstream os;
  while (auto chunk = co_await next_chunk(chunks)) {
    pending += *chunk;
    std::size_t nl;
    while ((nl = pending.find('\n')) != std::string::npos) {
      std::string line = pending.substr(0, nl);
      pending.erase(0, nl + 1);
      if (line.empty() || line[0] == '#')
        continue;
      ++lines;
      auto f = fields(line);
      auto lvl = f.find("level");
      if (lvl == f.end()) {
        ++bad;
        os << "bad line " << lines << ": '" << line << "'\n";
        continue;
      }
      ++by_level[lvl->second];
      if (auto u = f.find("user"); u != f.end())
        bytes_by_user[u->second] +=
            f.count("bytes") ? std::stol(f["bytes"]) : 0;
    }
  }
  if (!pending.empty())
    os << "trailing: '" << pending << "'\n";
  os << lines << " lines, " << bad << " bad\n";
  for (const auto &[lvl, n] : by_level)
    os << "  " << lvl << ": " << n << "\n";
  for (const auto &[u, b] : bytes_by_user)
    os << "  " << u << " " << b << "B\n";
  co_return os.str();
}

int main() {
  auto t = report({"# header\nLEVEL=info user=ann by",
                   "tes=120\nlevel=warn user=bob bytes=7\nnonsense li",
                   "ne here\nLevel=info USER=ann BYTES=30 "
                   "extra=\n\nlevel=error user=cy\n=x level=info",
                   " user=bob bytes=1\npartial=1"});
  pump();
  std::printf("%s", asl::sync_wait(std::move(t)).c_str());
}
