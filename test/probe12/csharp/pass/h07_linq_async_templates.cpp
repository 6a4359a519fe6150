// LINQ-like async helpers written as function templates taking lambdas
// (WhereAsync, SelectAsync, AggregateAsync, FirstOrDefaultAsync) used with
// plain and generic lambdas that return tasks.
#include <asl/task.h>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

template <class T, class Pred>
ASL_ASYNC asl::Task<std::vector<T>> where_async(std::vector<T> xs, Pred pred) {
  std::vector<T> out;
  for (auto &x : xs)
    if (co_await pred(x))
      out.push_back(std::move(x));
  co_return out;
}

template <class T, class F>
ASL_ASYNC auto select_async(const std::vector<T> &xs, F f)
    -> asl::Task<std::vector<typename decltype(f(xs[0]))::value_type>> {
  std::vector<typename decltype(f(xs[0]))::value_type> out;
  for (std::size_t i = 0; i < xs.size(); ++i)
    out.push_back(co_await f(xs[i]));
  co_return out;
}

template <class T, class Acc, class F>
ASL_ASYNC asl::Task<Acc> aggregate_async(std::vector<T> xs, Acc seed, F f) {
  for (const T &x : xs)
    seed = co_await f(std::move(seed), x);
  co_return seed;
}

template <class T, class Pred>
ASL_ASYNC asl::Task<std::optional<T>> first_or_default(std::vector<T> xs,
                                                       Pred pred) {
  for (auto it = xs.begin(); it != xs.end(); ++it)
    if (co_await pred(*it))
      co_return *it;
  co_return std::nullopt;
}

ASL_ASYNC asl::Task<bool> is_even(int x) { co_return x % 2 == 0; }
ASL_ASYNC asl::Task<std::string> label(int x) {
  co_return "#" + std::to_string(x);
}

ASL_ASYNC asl::Task<std::string> concat(std::string acc, std::string s) {
  co_return acc.size() > 1 ? acc + "," + s : acc + s;
}

ASL_ASYNC asl::Task<void> query() {
  std::vector<int> nums{5, 8, 13, 2, 21, 34, 7};
  auto evens = co_await where_async(nums, [](int x) { return is_even(x); });
  auto labels =
      co_await select_async(evens, [](int x) { return label(x * 10); });
  for (const auto &l : labels)
    std::cout << l << " ";
  std::cout << "\n";
  std::string joined = co_await aggregate_async(
      labels, std::string("["), [](std::string acc, const std::string &s) {
        return concat(std::move(acc), s);
      });
  std::cout << joined << "\n";
  int limit = 20;
  auto big = co_await first_or_default(nums, [&](int x) -> asl::Task<bool> {
    return is_even(x > limit ? 0 : 1);
  });
  std::cout << "first > " << limit << ": " << (big ? *big : -1) << "\n";
  auto none = co_await first_or_default(
      nums, [](auto) { return is_even(1); });
  std::cout << "none: " << none.has_value() << "\n";
}

int main() { asl::sync_wait(query()); }
