// Checks async member templates of class templates given lambdas, C#'s
// generic `cache.GetOrAddAsync(key, k => LoadAsync(k))`: a cache class
// template used as Cache<int, int> and Cache<int, std::string>, whose
// member template is given several lambdas capturing by copy and by
// reference, keeps its closure across awaits and reaches the class's
// private members; a const and a static member template; a retry policy
// class template whose call operator is a member template (two policies).
// Nothing after the file's code can name a closure type, so each machine
// is the member template's definition for a specialization of its class,
// `template <> template <class F> struct Cache<int, int>::get_or_add_machine`.
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>

asl::RunLoop loop;

ASL_ASYNC asl::Task<int> load(int k) {
  co_await loop.schedule();
  co_return k * k;
}

ASL_ASYNC asl::Task<std::string> name_of(int k) {
  co_await loop.schedule();
  co_return "n" + std::to_string(k);
}

template <class K, class V> class Cache {
  std::map<K, V> map_;
  int misses_ = 0;

public:
  template <class F> ASL_ASYNC asl::Task<V> get_or_add(K k, F make) {
    if (auto it = map_.find(k); it != map_.end())
      co_return it->second;
    ++misses_;
    V v = co_await make(k);
    co_await loop.schedule();
    // The closure is kept across both awaits and called again.
    V again = co_await make(k);
    if (!(again == v))
      throw std::logic_error("make is not deterministic");
    map_.emplace(k, v);
    co_return v;
  }

  // Counts the entries that pred accepts, one await per entry.
  template <class F> ASL_ASYNC asl::Task<int> count_if(F pred) const {
    int n = 0;
    for (const auto &[k, v] : map_) {
      co_await loop.schedule();
      if (pred(k, v))
        ++n;
    }
    co_return n;
  }

  template <class F> ASL_ASYNC static asl::Task<V> once(K k, F make) {
    co_await loop.schedule();
    co_return co_await make(k);
  }

  int misses() const { return misses_; }
};

struct Timeout : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Stats {
  int attempts = 0, failures = 0;
};

template <class E, class B> class Retry {
  B backoff_;
  int max_;

public:
  Retry(B b, int max) : backoff_(b), max_(max) {}
  template <class F> ASL_ASYNC asl::Task<int> operator()(F make, Stats &st) {
    for (int at = 0;; ++at) {
      ++st.attempts;
      try {
        co_return co_await make(at);
      } catch (const E &e) {
        ++st.failures;
        if (at + 1 >= max_)
          throw;
        std::printf("  retry after %s (wait %d)\n", e.what(), backoff_(at));
      }
      co_await loop.schedule();
    }
  }
};

struct Exponential {
  int base;
  int operator()(int at) const { return base << at; }
};

struct Fixed {
  int wait;
  int operator()(int) const { return wait; }
};

ASL_ASYNC asl::Task<int> flaky(int at, int succeed_at) {
  co_await loop.schedule();
  if (at < succeed_at)
    throw Timeout("timeout #" + std::to_string(at));
  co_return 100 + at;
}

ASL_ASYNC asl::Task<int> demo() {
  Cache<int, int> squares;
  int loads = 0;
  // By reference.
  auto by_ref = [&loads](int k) {
    ++loads;
    return load(k);
  };
  int a = co_await squares.get_or_add(3, by_ref);
  int b = co_await squares.get_or_add(3, by_ref);
  // By copy, another closure type for the same specialization.
  int offset = 1;
  int c = co_await squares.get_or_add(4, [offset](int k) {
    return load(k + offset);
  });
  std::printf("squares %d %d %d, loads %d, misses %d\n", a, b, c, loads,
              squares.misses());

  Cache<int, std::string> names;
  std::string prefix = "#";
  std::string n1 = co_await names.get_or_add(7, [](int k) {
    return name_of(k);
  });
  std::string n2 = co_await names.get_or_add(8, [&](int k) {
    return name_of(k + static_cast<int>(prefix.size()));
  });
  std::printf("names %s %s, misses %d\n", n1.c_str(), n2.c_str(),
              names.misses());

  int big = co_await squares.count_if([](int, int v) { return v > 10; });
  std::size_t limit = 3;
  const Cache<int, std::string> &view = names;
  int short_names = co_await view.count_if(
      [limit](int, const std::string &v) { return v.size() < limit; });
  std::printf("big %d, short names %d\n", big, short_names);

  int s = co_await Cache<int, int>::once(6, [](int k) { return load(k); });
  int more = static_cast<int>(prefix.size());
  std::string t = co_await Cache<int, std::string>::once(
      2, [&more](int k) { return name_of(k * 10 + more); });
  std::printf("once %d %s\n", s, t.c_str());

  Retry<Timeout, Exponential> r1(Exponential{10}, 4);
  Retry<std::exception, Fixed> r2(Fixed{7}, 2);
  Stats s1, s2;
  int x = co_await r1([](int at) { return flaky(at, 2); }, s1);
  std::printf("r1 -> %d after %d attempts, %d failures\n", x, s1.attempts,
              s1.failures);
  int base = 1;
  try {
    co_await r2([&base](int at) { return flaky(at, base + 5); }, s2);
  } catch (const std::exception &e) {
    std::printf("r2 gave up: %s after %d attempts\n", e.what(), s2.attempts);
  }
  int y = co_await r2([base](int at) { return flaky(at + base, 0); }, s2);
  std::printf("r2 -> %d\n", y);
  co_return a + c + x + y;
}

int main() { std::printf("demo -> %d\n", loop.run([] { return demo(); })); }
