// A Markdown-subset renderer: blocks come from an async reader; headers,
// lists (nested by indentation), emphasis and code spans are rendered to
// HTML with a stack of open list levels closed on the way out.
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
next_line(std::vector<std::string> &lines, std::size_t &i) {
  if (i % 3 == 0)
    co_await Hold{};
  if (i == lines.size())
    co_return std::nullopt;
  co_return lines[i++];
}

std::string inline_html(const std::string &s) {
  std::string out;
  bool em = false, code = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '`') {
      out += code ? "</code>" : "<code>";
      code = !code;
    } else if (c == '*' && !code) {
      out += em ? "</em>" : "<em>";
      em = !em;
    } else if (c == '<')
      out += "&lt;";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  if (em)
    out += "</em>";
  if (code)
    out += "</code>";
  return out;
}

ASL_ASYNC asl::Task<std::string> render(std::vector<std::string> lines) {
  std::string html;
  std::vector<int> open_lists;
  std::size_t i = 0;
  bool in_para = false;
  auto close_lists = [&](int depth) {
    while (static_cast<int>(open_lists.size()) > depth) {
      html += std::string(open_lists.size() * 2 - 2, ' ') + "</ul>\n";
      open_lists.pop_back();
    }
  };
  while (std::optional<std::string> l = co_await next_line(lines, i)) {
    std::size_t indent = l->find_first_not_of(' ');
    if (indent == std::string::npos) {
      if (in_para) {
        html += "</p>\n";
        in_para = false;
      }
      close_lists(0);
      continue;
    }
    std::string body = l->substr(indent);
    if (body[0] == '#') {
      std::size_t level = body.find_first_not_of('#');
      close_lists(0);
      html += "<h" + std::to_string(level) + ">" +
              inline_html(body.substr(level + 1)) + "</h" +
              std::to_string(level) + ">\n";
    } else if (body.size() > 1 && body[0] == '-' && body[1] == ' ') {
      int depth = static_cast<int>(indent / 2) + 1;
      close_lists(depth);
      while (static_cast<int>(open_lists.size()) < depth) {
        html += std::string(open_lists.size() * 2, ' ') + "<ul>\n";
        open_lists.push_back(depth);
      }
      html += std::string(depth * 2, ' ') + "<li>" +
              inline_html(body.substr(2)) + "</li>\n";
    } else {
      close_lists(0);
      html += in_para ? " " : "<p>";
      html += inline_html(body);
      in_para = true;
    }
  }
  if (in_para)
    html += "</p>\n";
  close_lists(0);
  co_return html;
}

int main() {
  auto t = render({"# Title *here*", "", "Some `code <x>` and *em",
                   "continues & ends.", "", "- one", "- two", "  - two.a",
                   "  - two.b", "    - deep", "- three", "## Next", "tail"});
  pump();
  std::printf("%s", asl::sync_wait(std::move(t)).c_str());
}
