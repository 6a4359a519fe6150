// An INI-file reader fed line by line through an async line source; tracks
// sections, line numbers and comments, handles continuation lines with a
// trailing backslash, and reports duplicates with their first line.
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

class LineSource {
  std::istringstream in_;
  int line_ = 0;

public:
  explicit LineSource(std::string text) : in_(std::move(text)) {}
  int line() const { return line_; }
  ASL_ASYNC asl::Task<std::optional<std::string>> read() {
    co_await Hold{};
    std::string l;
    if (!std::getline(in_, l))
      co_return std::nullopt;
    ++line_;
    co_return l;
  }
};

static std::string trim(std::string s) {
  auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos)
    return "";
  auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

struct Ini {
  std::map<std::string, std::map<std::string, std::pair<std::string, int>>>
      sections;
  std::vector<std::string> problems;
};

ASL_ASYNC asl::Task<Ini> parse(LineSource &src) {
  Ini ini;
  std::string section = "";
  while (std::optional<std::string> raw = co_await src.read()) {
    int at = src.line();
    std::string line = *raw;
    while (!line.empty() && line.back() == '\\') {
      line.pop_back();
      auto more = co_await src.read();
      if (!more) {
        ini.problems.push_back("line " + std::to_string(at) +
                               ": dangling continuation");
        break;
      }
      line += trim(*more);
    }
    if (auto hash = line.find_first_of(";#"); hash != std::string::npos)
      line.erase(hash);
    line = trim(line);
    if (line.empty())
      continue;
    if (line.front() == '[') {
      if (line.back() != ']') {
        ini.problems.push_back("line " + std::to_string(at) + ": bad section");
        continue;
      }
      section = trim(line.substr(1, line.size() - 2));
      continue;
    }
    auto eq = line.find('=');
    if (eq == std::string::npos) {
      ini.problems.push_back("line " + std::to_string(at) + ": no '='");
      continue;
    }
    std::string key = trim(line.substr(0, eq)), val = trim(line.substr(eq + 1));
    auto &sec = ini.sections[section];
    if (auto it = sec.find(key); it != sec.end())
      ini.problems.push_back("line " + std::to_string(at) + ": " + key +
                             " already set on line " +
                             std::to_string(it->second.second));
    sec[key] = {val, at};
  }
  co_return ini;
}

int main() {
  LineSource src(
      "top = 1\n[server]\nhost = example.org ; comment\nports = 80, \\\n   "
      "443, \\\n 8080\n# full comment\n[server\nhost=dup\nnoequals\n[ client "
      "]\nretries=3\ntimeout = 5 \\");
  auto t = parse(src);
  pump();
  Ini ini = asl::sync_wait(std::move(t));
  for (auto &[s, kv] : ini.sections)
    for (auto &[k, v] : kv)
      std::printf("[%s] %s = '%s' (line %d)\n", s.c_str(), k.c_str(),
                  v.first.c_str(), v.second);
  for (auto &p : ini.problems)
    std::printf("problem: %s\n", p.c_str());
}
