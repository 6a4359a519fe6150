// A Result<T, Error> type in a std::variant (like OneOf / Result in C#
// libraries), async functions returning it, std::visit with overloaded
// lambdas on awaited values, optional chaining across awaits, and
// exceptions converted to results at a boundary.
#include <asl/task.h>

#include <iostream>
#include <optional>
#include <string>
#include <variant>
#include <vector>

template <class... F> struct overloaded : F... {
  using F::operator()...;
};
template <class... F> overloaded(F...) -> overloaded<F...>;

struct Error {
  int code;
  std::string message;
};
template <class T> using Result = std::variant<T, Error>;

ASL_ASYNC asl::Task<Result<int>> parse_int(std::string s) {
  asl::Event ready(true);
  co_await ready;
  try {
    std::size_t used = 0;
    int v = std::stoi(s, &used);
    if (used != s.size())
      co_return Error{2, "trailing '" + s.substr(used) + "'"};
    co_return v;
  } catch (const std::invalid_argument &) {
    co_return Error{1, "not a number: " + s};
  }
}

ASL_ASYNC asl::Task<std::optional<std::string>> lookup(int id) {
  if (id <= 0)
    co_return std::nullopt;
  co_return "user" + std::to_string(id);
}

ASL_ASYNC asl::Task<Result<std::string>> handle(std::string input) {
  Result<int> r = co_await parse_int(input);
  if (auto *err = std::get_if<Error>(&r))
    co_return *err;
  int id = std::get<int>(r);
  if (auto name = co_await lookup(id); name && name->size() > 4)
    co_return *name + "!";
  else
    co_return Error{3, "no user " + std::to_string(id)};
}

ASL_ASYNC asl::Task<int> report(std::vector<std::string> inputs) {
  int errors = 0;
  for (const std::string &in : inputs) {
    std::string line = std::visit(
        overloaded{[](const std::string &s) { return "ok " + s; },
                   [&errors](const Error &e) {
                     ++errors;
                     return "E" + std::to_string(e.code) + " " + e.message;
                   }},
        co_await handle(in));
    std::cout << in << " -> " << line << "\n";
  }
  co_return errors;
}

int main() {
  int e = asl::sync_wait(report({"42", "x1", "7z", "-3", "1000"}));
  std::cout << "errors " << e << "\n";
}
