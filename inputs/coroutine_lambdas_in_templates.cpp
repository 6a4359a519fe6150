// Checks coroutine lambdas inside templates that are no coroutines: in a
// function template with a type and a non-type parameter, instantiated
// twice, capturing a parameter by copy and a local by reference and naming
// the template's parameters in its body; and in a member of a class
// template capturing this, for two specializations of the class.
#include <asl/task.h>

#include <cstdio>
#include <string>

asl::Event gate;

template <class T, int Scale> int scaled(T value) {
  int calls = 0;
  auto lambda = [value, &calls](int extra) -> asl::Task<int> {
    T copy = value;
    co_await gate;
    ++calls;
    co_return static_cast<int>(copy) * Scale + extra;
  };
  int first = asl::sync_wait(lambda(1));
  int second = asl::sync_wait(lambda(2));
  std::printf("  scaled: calls=%d\n", calls);
  return first + second;
}

template <class T> class Box {
public:
  explicit Box(T v) : value_(v) {}
  std::string show(const char *label) {
    auto lambda = [this, label]() -> asl::Task<std::string> {
      std::string text = label;
      co_await gate;
      text += ":" + std::to_string(value_);
      co_return text;
    };
    return asl::sync_wait(lambda());
  }

private:
  T value_;
};

int main() {
  gate.set();
  std::printf("int: %d\n", scaled<int, 2>(5));
  std::printf("double: %d\n", scaled<double, 3>(1.5));
  Box<int> a(4);
  Box<long> b(7);
  std::printf("%s %s\n", a.show("a").c_str(), b.show("b").c_str());
}
