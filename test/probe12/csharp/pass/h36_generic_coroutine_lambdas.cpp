// LINQ-ish local helpers written as generic coroutine lambdas inside an
// async method (`async (x) => ...` with `auto`), called with ints and
// strings, kept across awaits, one capturing a local by reference and
// one by copy, plus an ordinary generic lambda used as a key selector.
#include <asl/task.h>

#include <iostream>
#include <map>
#include <string>
#include <vector>

ASL_ASYNC asl::Task<std::string> run(asl::Event &io) {
  int calls = 0;
  std::string suffix = "!";
  auto twice = [&calls](auto x) -> asl::Task<decltype(x + x)> {
    ++calls;
    co_return x + x;
  };
  auto decorate = [suffix, &io](auto x) -> asl::Task<std::string> {
    co_await io;
    if constexpr (std::is_same_v<decltype(x), int>)
      co_return "#" + std::to_string(x) + suffix;
    else
      co_return "'" + std::string(x) + "'" + suffix;
  };
  auto key_of = [](const auto &s) { return s.size(); };
  std::map<std::size_t, std::vector<std::string>> groups;
  for (std::string w : {"a", "bb", "cc", "ddd"}) {
    std::string d = co_await twice(w);
    groups[key_of(d)].push_back(co_await decorate(d));
  }
  int n = co_await twice(21);
  std::string out = co_await decorate(n);
  for (auto &[k, v] : groups) {
    out += " " + std::to_string(k) + ":";
    for (auto &s : v)
      out += s;
  }
  co_return out + " calls=" + std::to_string(calls);
}

int main() {
  asl::Event io(true);
  std::cout << asl::sync_wait(run(io)) << "\n";
}
