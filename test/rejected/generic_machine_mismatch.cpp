// Two specializations of an async template given different lambdas, whose
// machines differ otherwise (here in the type of a local the machine
// keeps): one machine generic over the closure type, which such
// specializations share, cannot serve both. (Those whose machines agree
// are lowered: inputs/async_templates_given_lambdas.cpp.)
#include <asl/task.h>

#include <string>

asl::Event ready;

template <class F> ASL_ASYNC asl::Task<int> keep(F f) {
  auto made = f();
  co_await ready;
  co_return static_cast<int>(sizeof(made));
}

int use() {
  return asl::sync_wait(keep([] { return 1; })) +
         asl::sync_wait(keep([] { return std::string("x"); }));
}
// expect-error: 19:25: error: specializations of an async template given
//   different closure types or local classes, whose machines differ
//   otherwise (keep_machine<F>); not supported yet: their machine is one
//   template generic over those types
