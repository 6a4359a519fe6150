// c16: destroying suspended tasks: lifted locals die, a task awaiting
// another destroys the chain, tasks in a vector dropped unevenly.
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


ASL_ASYNC asl::Task<int> leaf(std::string n) {
  Tr t("leaf-" + n);
  asl::Event never;
  co_await never;
  std::printf("never printed\n");
  co_return 1;
}

ASL_ASYNC asl::Task<int> mid(std::string n) {
  Tr t("mid-" + n);
  std::vector<Tr> v;
  v.emplace_back("vec-" + n);
  int r = co_await leaf(n);
  co_return r;
}

ASL_ASYNC asl::Task<int> loopy(int n) {
  int s = 0;
  for (int i = 0; i < n; ++i) {
    Tr t("iter" + std::to_string(i));
    s += co_await later(i);
  }
  co_return s;
}

int main() {
  {
    asl::Task<int> t = mid("a");
    std::printf("dropping a\n");
  }
  std::printf("dropped a\n");
  std::vector<asl::Task<int>> tasks;
  tasks.push_back(mid("b"));
  tasks.push_back(loopy(3));
  tasks.push_back(mid("c"));
  waiting.front()->set();
  waiting.pop_front();
  std::printf("erase first\n");
  tasks.erase(tasks.begin());
  std::printf("clear\n");
  tasks.clear();
  waiting.clear();
  asl::Task<int> moved = loopy(2);
  asl::Task<int> other = std::move(moved);
  pump();
  std::printf("result %d\n", asl::sync_wait(std::move(other)));
}
