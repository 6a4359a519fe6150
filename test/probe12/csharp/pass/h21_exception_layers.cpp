// Exceptions crossing several layers of tasks the way a C# service maps
// them: a data layer throws, a repository wraps it (std::throw_with_nested
// like InnerException), a service catches by base class and rethrows with
// `throw;`, a controller catches everything with catch(...) and inspects
// std::current_exception; a finally-guard per layer prints on unwind.
#include <asl/task.h>

#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>

struct Trace {
  const char *layer;
  ~Trace() { std::cout << "    unwind " << layer << "\n"; }
};

struct DbError : std::runtime_error {
  int code;
  DbError(std::string m, int c) : std::runtime_error(std::move(m)), code(c) {}
};
struct NotFound : std::logic_error {
  using std::logic_error::logic_error;
};

ASL_ASYNC asl::Task<std::string> query(int id) {
  Trace t{"db"};
  asl::Event ready(true);
  co_await ready;
  if (id == 13)
    throw DbError("deadlock", 1205);
  if (id < 0)
    throw NotFound("row " + std::to_string(id));
  co_return "row" + std::to_string(id);
}

ASL_ASYNC asl::Task<std::string> repo_get(int id) {
  Trace t{"repo"};
  try {
    co_return "[" + co_await query(id) + "]";
  } catch (const DbError &e) {
    std::throw_with_nested(
        std::runtime_error("repo failed (" + std::to_string(e.code) + ")"));
  }
}

ASL_ASYNC asl::Task<std::string> service(int id) {
  Trace t{"service"};
  std::string result;
  try {
    result = co_await repo_get(id);
  } catch (const std::logic_error &) {
    std::cout << "    service saw logic_error, rethrowing\n";
    throw;
  }
  co_return result + "!";
}

void describe(const std::exception &e, int depth) {
  std::cout << "  " << std::string(static_cast<std::size_t>(depth) * 2, ' ')
            << e.what() << "\n";
  try {
    std::rethrow_if_nested(e);
  } catch (const std::exception &inner) {
    describe(inner, depth + 1);
  }
}

ASL_ASYNC asl::Task<int> controller(int id) {
  Trace t{"controller"};
  try {
    std::string body = co_await service(id);
    std::cout << "  200 " << body << "\n";
    co_return 200;
  } catch (...) {
    std::exception_ptr p = std::current_exception();
    try {
      std::rethrow_exception(p);
    } catch (const NotFound &e) {
      std::cout << "  404 " << e.what() << "\n";
      co_return 404;
    } catch (const std::exception &e) {
      std::cout << "  500\n";
      describe(e, 0);
    }
  }
  co_return 500;
}

int main() {
  for (int id : {7, -2, 13}) {
    std::cout << "GET " << id << "\n";
    int code = asl::sync_wait(controller(id));
    std::cout << "=> " << code << "\n";
  }
}
