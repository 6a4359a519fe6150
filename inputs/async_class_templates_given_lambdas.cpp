// Checks async members of class templates whose arguments are closure
// types, LINQ's `items.Select(lambda).Where(lambda)` over an async
// iterator: Select<T, F> and Where<T, P> override an async next() and are
// made by helpers from lambdas (capturing by copy, by reference, generic);
// Select is also given a function pointer, which gets a machine of its
// own. Nothing after the file's code can name a closure type, so the
// machine of such a member is the definition of the member class for the
// whole class template, generic over its parameters, which the
// specializations given lambdas share (their machines agree: Select's
// lambdas all map int to int).
#include <asl/run_loop.h>
#include <asl/task.h>

#include <cstdio>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>

asl::RunLoop loop;

template <class T> struct Source {
  virtual ~Source() = default;
  virtual asl::Task<std::optional<T>> next() = 0;
};

// Pages of numbers, each fetched after an await.
class Pages : public Source<int> {
  int page_ = 0, pos_ = 0, pages_;

public:
  int fetched = 0;
  explicit Pages(int pages) : pages_(pages) {}
  ASL_ASYNC asl::Task<std::optional<int>> next() override {
    if (pos_ == 3) {
      if (page_ + 1 == pages_)
        co_return std::nullopt;
      co_await loop.schedule();
      ++fetched;
      ++page_;
      pos_ = 0;
    }
    co_return page_ * 10 + pos_++;
  }
};

template <class T, class F>
class Select : public Source<std::invoke_result_t<F &, T>> {
  using U = std::invoke_result_t<F &, T>;
  Source<T> &in_;
  F f_;

public:
  Select(Source<T> &in, F f) : in_(in), f_(std::move(f)) {}
  ASL_ASYNC asl::Task<std::optional<U>> next() override {
    std::optional<T> v = co_await in_.next();
    if (!v)
      co_return std::nullopt;
    co_return f_(*v);
  }
};

template <class T, class P> class Where : public Source<T> {
  Source<T> &in_;
  P keep_;

public:
  Where(Source<T> &in, P keep) : in_(in), keep_(std::move(keep)) {}
  ASL_ASYNC asl::Task<std::optional<T>> next() override {
    for (;;) {
      auto v = co_await in_.next();
      if (!v || keep_(*v))
        co_return v;
    }
  }
};

template <class T, class F> Select<T, F> select(Source<T> &in, F f) {
  return {in, std::move(f)};
}
template <class T, class P> Where<T, P> where(Source<T> &in, P keep) {
  return {in, std::move(keep)};
}

template <class T> ASL_ASYNC asl::Task<std::string> drain(Source<T> &src) {
  std::string out;
  while (auto s = co_await src.next())
    out += std::to_string(*s) + ",";
  co_return out;
}

int twice(int v) { return 2 * v; }

ASL_ASYNC asl::Task<int> run() {
  Pages pages(4);
  int limit = 25;
  auto odd = where(pages, [&limit](int v) { return v % 2 == 1 && v < limit; });
  auto scaled = select(odd, [k = 3](int v) { return v * k; });
  std::printf("%s\n", (co_await drain(scaled)).c_str());

  Pages more(3);
  auto negated = select(more, [](auto v) { return -v; });
  auto doubled = select(negated, twice);
  auto small = where(doubled, [](int v) { return v > -30; });
  std::printf("%s\n", (co_await drain(small)).c_str());
  co_return pages.fetched + more.fetched;
}

int main() { std::printf("run -> %d\n", loop.run([] { return run(); })); }
