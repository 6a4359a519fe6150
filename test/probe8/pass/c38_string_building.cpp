// c38: string building as application code does it: += with awaits, a
// string_view into a lifted string, std::to_string of awaits, formatting.
#include <asl/cancellation.h>
#include <asl/channel.h>
#include <asl/event.h>
#include <asl/mutex.h>
#include <asl/task.h>
#include <asl/thread_pool.h>
#include <asl/when_all.h>
#include <asl/when_any.h>

#include <array>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a moved-from Tr is silent, so extra moves do not show.
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// later(v) prints, then suspends on an event that pump() sets (FIFO).
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty()) {
    asl::Event *e = waiting.front();
    waiting.pop_front();
    e->set();
  }
}
ASL_ASYNC asl::Task<int> later(int v) {
  std::printf("later %d\n", v);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return v;
}
ASL_ASYNC asl::Task<int> now(int v) {
  std::printf("now %d\n", v);
  co_return v;
}
ASL_ASYNC asl::Task<std::string> word(std::string s) {
  std::printf("word %s\n", s.c_str());
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return s;
}
ASL_ASYNC asl::Task<bool> flag(const char *tag, bool b) {
  std::printf("flag %s\n", tag);
  asl::Event e;
  waiting.push_back(&e);
  co_await e;
  co_return b;
}
template <class R> R drive(asl::Task<R> t) {
  pump();
  return asl::sync_wait(std::move(t));
}


#include <string_view>

ASL_ASYNC asl::Task<std::string> render(std::vector<std::string> items) {
  std::string out = "<ul>";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += "<li>";
    out += co_await word(items[i]);
    out += "#" + std::to_string(co_await later(static_cast<int>(i)));
    out += "</li>";
  }
  out += "</ul>";
  co_return out;
}

ASL_ASYNC asl::Task<int> count_words(std::string text) {
  std::string_view rest = text;
  int n = 0;
  while (!rest.empty()) {
    auto sp = rest.find(' ');
    std::string_view w = rest.substr(0, sp);
    co_await later(static_cast<int>(w.size()));
    std::printf("word [%.*s]\n", static_cast<int>(w.size()), w.data());
    ++n;
    rest = sp == std::string_view::npos ? std::string_view()
                                        : rest.substr(sp + 1);
  }
  co_return n;
}

ASL_ASYNC asl::Task<std::string> app() {
  std::string html = co_await render({"a", "bb"});
  int n = co_await count_words("the quick brown fox");
  std::string s = co_await word("x");
  s = co_await word("y") + s + co_await word("z");
  s.insert(0, co_await word("<"));
  s.append(std::to_string(co_await later(n)));
  co_return html + " " + s;
}

int main() { std::printf("%s\n", drive(app()).c_str()); }
