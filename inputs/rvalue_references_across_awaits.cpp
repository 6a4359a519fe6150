// Rvalue references that live across awaits and bind xvalues, which
// std::addressof refuses: `T &&r = std::move(x);`, a function returning
// `T &&`, and a range-for variable `auto &&` over move iterators. Each is
// kept as a pointer to the object it binds, and writes through it reach that
// object, as natively.
#include <asl/task.h>

#include <cstdio>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

asl::Event ready;

struct Box {
  std::string text;
  std::string &&take() { return std::move(text); }
};

ASL_ASYNC asl::Task<int> run() {
  std::string word = "tea";
  std::string &&moved = std::move(word);
  Box box{"cup"};
  std::string &&taken = box.take();
  co_await ready;
  moved += "pot";
  taken += "board";
  std::printf("word %s, box %s\n", word.c_str(), box.text.c_str());

  std::vector<std::string> names = {"a", "b"};
  for (auto &&name : std::vector<std::string>(
           std::make_move_iterator(names.begin()),
           std::make_move_iterator(names.end()))) {
    co_await ready;
    name += "!";
    std::printf("name %s\n", name.c_str());
  }
  std::vector<std::string> kept = {"x", "y"};
  for (auto it = std::make_move_iterator(kept.begin());
       it != std::make_move_iterator(kept.end()); ++it) {
    std::string &&element = *it;
    co_await ready;
    element += "?";
  }
  std::printf("kept %s %s\n", kept[0].c_str(), kept[1].c_str());
  co_return static_cast<int>(word.size() + box.text.size());
}

int main() {
  asl::Task<int> task = run();
  std::printf("suspended\n");
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
