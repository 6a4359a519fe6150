// Checks a member function called through an overloaded operator-> with a
// co_await in its arguments (`w->area(co_await n)`): C++17 evaluates the
// object expression, the operator-> calls included, before the arguments, so
// the pointer operator-> returns is kept across the await and the call made
// on it. A drill-down through a class returned by value keeps that object
// alive to the end of the full-expression, after the await; one through a
// reference does not copy; such a proxy in an awaited operand or in an
// operand saved before an await is kept the same way. std::unique_ptr,
// std::shared_ptr, container iterators, a user class, an await in the
// object, a default argument that creates a temporary, and a member of
// `this`.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

struct Later { // yields `value` after a real suspension
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    std::printf("  suspend %d\n", value);
    pending = [h] { h.resume(); };
  }
  int await_resume() { return value; }
};
static Later later(int v) { return {v}; }

struct Tag {
  const char *name;
  Tag(const char *n) : name(n) {}
  ~Tag() { std::printf("  ~Tag(%s)\n", name); }
};

struct W {
  int size;
  int area(int k) const { return size * k; }
  void grow(int k, int j) { size += k + j; }
  void label(int k, const Tag &t = Tag("default")) {
    std::printf("  label %d %s\n", k, t.name);
  }
  ASL_ASYNC asl::Task<int> scaled(int k) const;
};

ASL_ASYNC asl::Task<int> W::scaled(int k) const {
  co_await later(k);
  co_return size * k;
}

// A user handle whose operator-> says when it runs.
struct Handle {
  W *w;
  W *operator->() const {
    std::printf("  Handle->\n");
    return w;
  }
};

// A drill-down through a proxy returned by value.
struct Proxy {
  W *w;
  W *operator->() const {
    std::printf("  Proxy->\n");
    return w;
  }
  ~Proxy() { std::printf("  ~Proxy\n"); }
};
struct Locked {
  W *w;
  Proxy operator->() const {
    std::printf("  Locked->\n");
    return Proxy{w};
  }
};

// A drill-down through a reference.
struct Outer {
  Handle h;
  const Handle &operator->() const {
    std::printf("  Outer->\n");
    return h;
  }
};

ASL_ASYNC asl::Task<std::unique_ptr<W>> makeW(int v) {
  co_await later(v);
  co_return std::make_unique<W>(W{v});
}

ASL_ASYNC asl::Task<int> run() {
  W target{3};
  std::printf("handle\n");
  Handle h{&target};
  int a = h->area(co_await later(2));
  std::printf("drill-down by value\n");
  Locked l{&target};
  int b = l->area(co_await later(4));
  std::printf("drill-down by reference\n");
  Outer o{Handle{&target}};
  int c = o->area(co_await later(5));
  std::printf("drill-down in an awaited operand, before an await\n");
  int c2 = co_await l->scaled(2);
  int c3 = l->area(2) + co_await later(3);
  std::printf("unique_ptr\n");
  auto p = std::make_unique<W>(W{7});
  p->grow(co_await later(1), co_await later(2));
  p->label(co_await later(6));
  int d = p->area(co_await later(1)) + h->area(co_await later(1));
  std::printf("await in the object\n");
  int e = (co_await makeW(6))->area(co_await later(2));
  std::printf("iterators\n");
  std::map<std::string, W> m{{"k", W{9}}};
  auto it = m.find("k");
  int f = it->second.area(co_await later(3));
  std::vector<W> v{W{11}};
  int g = v.begin()->area(co_await later(2));
  std::printf("%d %d %d %d %d %d %d %d %d %d\n", a, b, c, c2, c3, p->size, d,
              e, f, g);
  co_return a + b + c + c2 + c3 + d + e + f + g;
}

struct Svc {
  int base;
  ASL_ASYNC asl::Task<int> fetch(int id) const {
    co_await later(id);
    co_return base + id;
  }
};

struct Client {
  std::shared_ptr<Svc> svc;
  ASL_ASYNC asl::Task<int> call(int id) {
    co_return co_await svc->fetch(co_await later(id));
  }
};

static void drain() {
  while (pending) {
    auto resume = std::move(pending);
    pending = nullptr;
    resume();
  }
}

int main() {
  asl::Task<int> t = run();
  drain();
  std::printf("run %d\n", asl::sync_wait(std::move(t)));
  Client client{std::make_shared<Svc>(Svc{100})};
  asl::Task<int> u = client.call(21);
  drain();
  std::printf("call %d\n", asl::sync_wait(std::move(u)));
}
