// Temporaries built for an awaited call (a concatenated string, a string
// made from a literal, a map literal) live until the await's statement ends.
#include <asl/task.h>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>
ASL_ASYNC asl::Task<std::size_t> len(asl::Event &e, const std::string &s) {
  co_await e;
  co_return s.size();
}
ASL_ASYNC asl::Task<int> pairsum(asl::Event &e, std::pair<int, int> p) {
  co_await e;
  co_return p.first + p.second;
}
ASL_ASYNC asl::Task<int> mapsize(asl::Event &e, const std::map<std::string, int> &m) {
  co_await e;
  co_return static_cast<int>(m.size());
}
ASL_ASYNC asl::Task<int> f(asl::Event &e) {
  std::string name = "ab";
  std::size_t a = co_await len(e, name + "cd");
  std::size_t b = co_await len(e, std::string("xyz"));
  std::size_t c = co_await len(e, "lit");
  int d = co_await pairsum(e, {3, 4});
  int g = co_await mapsize(e, {{"k", 1}, {"j", 2}});
  co_return static_cast<int>(a + b + c) + d + g;
}
int main() {
  asl::Event e;
  asl::Task<int> t = f(e);
  e.set();
  std::cout << asl::sync_wait(std::move(t)) << "\n";
}
