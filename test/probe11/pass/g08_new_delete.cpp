// g08: new-expressions whose initializer awaits (standard allocation
// functions), delete of an awaited pointer, placement new into a lifted
// buffer, unique_ptr built from new with awaits, an array new.
#include <asl/event.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <any>
#include <array>
#include <atomic>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <variant>
#include <vector>

// Tr prints its life; a copy gets a "'" and prints; a moved-from Tr is
// silent, so extra moves do not show (a documented deviation).
struct Tr {
  std::string n;
  explicit Tr(std::string s) : n(std::move(s)) {
    std::printf("+%s\n", n.c_str());
  }
  Tr(const Tr &o) : n(o.n + "'") { std::printf("+%s\n", n.c_str()); }
  Tr(Tr &&o) noexcept : n(std::move(o.n)) { o.n.clear(); }
  Tr &operator=(const Tr &o) {
    std::printf("%s=%s\n", n.c_str(), o.n.c_str());
    n = o.n + "=";
    return *this;
  }
  Tr &operator=(Tr &&o) noexcept {
    std::printf("%s<-%s\n", n.c_str(), o.n.c_str());
    n = std::move(o.n);
    o.n.clear();
    return *this;
  }
  ~Tr() {
    if (!n.empty())
      std::printf("-%s\n", n.c_str());
  }
};

// Resumers of custom awaiters; pump() runs them and sets events, FIFO.
static std::deque<std::function<void()>> resumers;
static std::deque<asl::Event *> waiting;
inline void pump() {
  while (!waiting.empty() || !resumers.empty()) {
    if (!waiting.empty()) {
      asl::Event *e = waiting.front();
      waiting.pop_front();
      e->set();
    } else {
      auto f = std::move(resumers.front());
      resumers.pop_front();
      f();
    }
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

#include <new>
struct Node {
  Tr t;
  int v;
  Node *next;
  Node(Tr x, int val, Node *n) : t(std::move(x)), v(val), next(n) {
    std::printf("node %d\n", v);
  }
};
ASL_ASYNC asl::Task<Node *> popped(Node *&head) {
  co_await later(-1);
  Node *n = head;
  head = head->next;
  co_return n;
}
ASL_ASYNC asl::Task<int> run() {
  Node *head = nullptr;
  head = new Node(Tr("n1"), co_await later(1), head);
  head = new Node(Tr(co_await word("n2")), 2, head);
  head = new Node{Tr("n3"), co_await later(3), head};
  auto up = std::unique_ptr<Tr>(new Tr(co_await word("up")));
  int *ints = new int[3]{co_await later(4), 5, co_await later(6)};
  Tr *arr = new Tr[2]{Tr("x0"), Tr(co_await word("x1"))};
  alignas(Tr) unsigned char buf[sizeof(Tr)];
  Tr *pl = new (buf) Tr(co_await word("placed"));
  co_await later(50);
  std::printf("%s %s %s %d\n", up->n.c_str(), arr[1].n.c_str(), pl->n.c_str(),
              ints[0] + ints[1] + ints[2]);
  pl->~Tr();
  delete[] arr;
  delete[] ints;
  int sum = 0;
  while (head) {
    Node *n = co_await popped(head);
    sum += n->v;
    std::printf("pop %s\n", n->t.n.c_str());
    delete n;
  }
  head = new Node(Tr("last"), 9, nullptr);
  delete co_await popped(head);
  co_return sum;
}
int main() { std::printf("%d\n", drive(run())); }
