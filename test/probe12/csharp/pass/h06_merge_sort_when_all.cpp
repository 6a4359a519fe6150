// Async recursion: a merge sort that sorts halves as two tasks joined with
// when_all (Task.WhenAll(left, right)), a Fibonacci with memo in an
// unordered_map of tasks, and a tree height over unique_ptr children.
#include <asl/task.h>
#include <asl/when_all.h>

#include <iostream>
#include <memory>
#include <unordered_map>
#include <vector>

ASL_ASYNC asl::Task<std::vector<int>> sort(std::vector<int> v) {
  if (v.size() <= 1)
    co_return v;
  auto mid = v.begin() + static_cast<long>(v.size() / 2);
  auto [left, right] = co_await asl::when_all(
      sort(std::vector<int>(v.begin(), mid)),
      sort(std::vector<int>(mid, v.end())));
  std::vector<int> out;
  out.reserve(v.size());
  auto l = left.begin(), r = right.begin();
  while (l != left.end() && r != right.end())
    out.push_back(*l <= *r ? *l++ : *r++);
  out.insert(out.end(), l, left.end());
  out.insert(out.end(), r, right.end());
  co_return out;
}

struct Memo {
  std::unordered_map<int, long> done;
  int calls = 0;
};

ASL_ASYNC asl::Task<long> fib(Memo &m, int n) {
  ++m.calls;
  if (n < 2)
    co_return n;
  if (auto it = m.done.find(n); it != m.done.end())
    co_return it->second;
  long v = co_await fib(m, n - 1) + co_await fib(m, n - 2);
  m.done.emplace(n, v);
  co_return v;
}

struct Node {
  int value;
  std::vector<std::unique_ptr<Node>> kids;
};

ASL_ASYNC asl::Task<std::pair<int, int>> measure(const Node &n) {
  int height = 0, sum = n.value;
  for (const auto &kid : n.kids) {
    auto [h, s] = co_await measure(*kid);
    height = std::max(height, h);
    sum += s;
  }
  co_return std::make_pair(height + 1, sum);
}

std::unique_ptr<Node> build(int depth, int v) {
  auto n = std::make_unique<Node>();
  n->value = v;
  for (int i = 0; depth > 0 && i < depth; ++i)
    n->kids.push_back(build(depth - 1, v * 2 + i));
  return n;
}

int main() {
  auto sorted = asl::sync_wait(sort({9, 3, 7, 1, 8, 2, 2, 6, 5, 4, 0}));
  for (int x : sorted)
    std::cout << x << " ";
  std::cout << "\n";
  Memo m;
  std::cout << "fib(40) = " << asl::sync_wait(fib(m, 40)) << " calls "
            << m.calls << "\n";
  auto root = build(4, 1);
  auto [h, s] = asl::sync_wait(measure(*root));
  std::cout << "height " << h << " sum " << s << "\n";
}
