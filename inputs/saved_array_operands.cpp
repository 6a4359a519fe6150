// Checks operands of array type evaluated before an await of the same
// full-expression, which must be kept past it: an array element of an
// aggregate that is not built member by member (passed, returned,
// allocated with new, built with parentheses), of chars from string
// literals, of ints read before the await, of a class that prints, and of
// arrays; an array prvalue bound to a reference
// (`pair(IP{1, 2}, co_await count())`, `using IP = int[2]`), const or not,
// by rvalue reference, to a forwarding reference, decayed to a pointer, of
// chars, of strings, of arrays, with an element that awaits, read by an
// async callee after it suspends, left of &&, extended by an aggregate's
// reference member; and an array member of a class prvalue and an array
// xvalue. Each prints as natively: values read before the await, elements
// built before it and destroyed at the end of the full-expression, or when
// an exception or the task's destruction ends it early. The lowering moves
// a saved element of class type once more than natively; Noisy's moves
// print nothing.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

static std::function<void()> pending; // resumes the one suspended task

struct Pause {
  bool await_ready() { return false; }
  template <class H> void await_suspend(H h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

static int x = 1;

ASL_ASYNC asl::Task<int> count() {
  co_await Pause{};
  x = 50;
  co_return 2;
}

ASL_ASYNC asl::Task<int> failing() {
  co_await Pause{};
  throw std::runtime_error("count failed");
}

struct Noisy {
  int id;
  Noisy(int i) : id(i) { std::printf("  +%d\n", id); }
  Noisy(Noisy &&other) : id(other.id) { other.id = 0; }
  ~Noisy() {
    if (id != 0)
      std::printf("  -%d\n", id);
  }
};

struct Roster {
  char names[2][6];
  int count;
};

struct Crew {
  Noisy members[2];
  int n;
};

struct Grid {
  int cells[2][2];
  int n;
};

struct Squad {
  Noisy members[2][1];
  int n;
};

// Its reference member extends the array temporary it is bound to.
struct Ref {
  const int (&numbers)[2];
  int n;
};

struct Holder {
  int numbers[2];
  Noisy guards[2];
};

using IP = int[2];
using SA = std::string[2];
using CIP = const int[2];
using NA = Noisy[2];
using CA = char[6];
using Names = char[2][4];
using M = int[2][2];

static int size(Roster r) {
  std::printf("  roster %s %s %d\n", r.names[0], r.names[1], r.count);
  return r.count;
}

static int crew(Crew c) {
  std::printf("  crew %d %d %d\n", c.members[0].id, c.members[1].id, c.n);
  return c.n;
}

static int squad(Squad s) {
  std::printf("  squad %d %d %d\n", s.members[0][0].id, s.members[1][0].id,
              s.n);
  return s.n;
}

static int strings(const std::string (&a)[2], int n) {
  std::printf("  strings %s %s %d\n", a[0].c_str(), a[1].c_str(), n);
  return n;
}

ASL_ASYNC asl::Task<bool> yes() {
  co_await Pause{};
  co_return true;
}

static int grid(Grid g) {
  std::printf("  grid %d %d %d %d %d\n", g.cells[0][0], g.cells[0][1],
              g.cells[1][0], g.cells[1][1], g.n);
  return g.n;
}

static int pair(const int (&a)[2], int n) {
  std::printf("  pair %d %d %d\n", a[0], a[1], n);
  return n;
}

static int moved(int (&&a)[2], int n) {
  std::printf("  moved %d %d %d\n", a[0], a[1], n);
  return n;
}

template <class T> int kind(T &&a, int n) {
  using A = std::remove_reference_t<T>;
  std::printf("  kind %s%s %d %d\n", std::is_const_v<A> ? "const " : "",
              std::is_lvalue_reference_v<T> ? "lvalue" : "rvalue", a[0], n);
  return n;
}

static int ids(const Noisy (&a)[2], int n) {
  std::printf("  ids %d %d %d\n", a[0].id, a[1].id, n);
  return n;
}

static int text(const char (&a)[6], int n) {
  std::printf("  text %s %d\n", a, n);
  return n;
}

static int words(const char (&a)[2][4], int n) {
  std::printf("  words %s %s %d\n", a[0], a[1], n);
  return n;
}

static int square(const int (&a)[2][2], int n) {
  std::printf("  square %d %d %d %d %d\n", a[0][0], a[1][0], a[0][1], a[1][1],
              n);
  return n;
}

static int first(const int *p, int n) {
  std::printf("  first %d %d\n", *p, n);
  return n;
}

// Reads its array after it suspends: the caller's temporary must live on.
ASL_ASYNC asl::Task<int> later(const int (&a)[2]) {
  co_await Pause{};
  std::printf("  later %d %d\n", a[0], a[1]);
  co_return a[0] + a[1];
}

ASL_ASYNC asl::Task<Roster> returned() {
  co_return Roster{{"cat", "dog"}, co_await count()};
}

ASL_ASYNC asl::Task<int> aggregates() {
  int t = 0;
  t += size(Roster{{"cat", "dog"}, co_await count()});
  t += size(Roster({"emu", "elk"}, co_await count()));
  t += crew(Crew{{Noisy(1), Noisy(2)}, co_await count()});
  x = 1;
  t += grid(Grid{{{x, 2}, {3, x}}, co_await count()});
  t += squad(Squad{{{Noisy(21)}, {Noisy(22)}}, co_await count()});
  Roster *r = new Roster{{"ann", "bob"}, co_await count()};
  t += size(*r);
  delete r;
  Roster back = co_await returned();
  t += size(back);
  co_return t;
}

ASL_ASYNC asl::Task<int> temporaries() {
  int t = 0;
  t += pair(IP{1, 2}, co_await count());
  x = 1;
  t += moved(IP{x, 2}, co_await count());
  t += kind(IP{3, 4}, co_await count());
  t += kind(CIP{5, 6}, co_await count());
  t += ids(NA{Noisy(3), Noisy(4)}, co_await count());
  t += ids(NA{Noisy(5), Noisy(co_await count())}, co_await count());
  t += text(CA{"hey"}, co_await count());
  t += words(Names{"ab", "cd"}, co_await count());
  t += square(M{{1, 2}, {3, 4}}, co_await count());
  t += square(M{{1, 2}, {co_await count(), 4}}, 0);
  x = 1;
  t += square(M{{x, 2}, {co_await count(), 4}}, co_await count());
  t += first(IP{7, 8}, co_await count());
  t += co_await later(IP{9, 10});
  t += pair(Holder{{11, 12}, {Noisy(6), Noisy(7)}}.numbers, co_await count());
  t += ids(Holder{{13, 14}, {Noisy(8), Noisy(9)}}.guards, co_await count());
  int local[2] = {15, 16};
  t += moved(std::move(local), co_await count());
  std::string bee = "bee";
  t += strings(SA{"ant", bee}, co_await count());
  if (pair(IP{17, 18}, 0) == 0 && co_await yes())
    t += 1;
  Ref r{IP{19, 20}, co_await count()};
  co_await count();
  t += pair(r.numbers, r.n);
  co_return t;
}

ASL_ASYNC asl::Task<int> throws() {
  int t = 0;
  try {
    t += crew(Crew{{Noisy(10), Noisy(11)}, co_await failing()});
  } catch (const std::runtime_error &e) {
    std::printf("  caught %s\n", e.what());
  }
  try {
    t += ids(NA{Noisy(12), Noisy(13)}, co_await failing());
  } catch (const std::runtime_error &e) {
    std::printf("  caught %s\n", e.what());
  }
  co_return t;
}

ASL_ASYNC asl::Task<int> abandoned() {
  int t = ids(NA{Noisy(14), Noisy(15)}, co_await count());
  co_return t + crew(Crew{{Noisy(16), Noisy(17)}, co_await count()});
}

static void drain() {
  while (pending) {
    auto next = std::move(pending);
    pending = nullptr;
    next();
  }
}

static void run(const char *name, asl::Task<int> (*body)()) {
  std::printf("%s\n", name);
  asl::Task<int> task = body();
  drain();
  std::printf("%s: %d\n", name, asl::sync_wait(std::move(task)));
}

int main() {
  run("aggregates", aggregates);
  run("temporaries", temporaries);
  run("throws", throws);
  std::printf("abandoned\n");
  {
    asl::Task<int> task = abandoned(); // suspended: 14 and 15 live
    std::printf("  destroying\n");
  }
  pending = nullptr;
  {
    asl::Task<int> task = abandoned();
    pending(); // suspended in the second line: 16 and 17 live
    std::printf("  destroying\n");
  }
  pending = nullptr;
  std::printf("done\n");
}
